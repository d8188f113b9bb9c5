import { Link } from "@/i18n/link"
import { pageWindow } from "@/lib/catalogue/params"

type Props = {
  current: number
  total: number
  /** Locale-less href of a page. */
  hrefFor: (page: number) => string
  labels: { nav: string; previous: string; next: string; page: (page: number) => string }
}

/** Numbered page links (plain, crawlable); the current page is marked for screen readers. */
export default function Pagination({ current, total, hrefFor, labels }: Props) {
  if (total <= 1) return null
  const item = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg px-3 font-semibold"
  return (
    <nav aria-label={labels.nav} className="mt-8" data-testid="pagination">
      <ul className="flex flex-wrap items-center justify-center gap-1">
        {current > 1 ? (
          <li>
            <Link href={hrefFor(current - 1)} rel="prev" className={`${item} ring-1 ring-stone-300 hover:bg-brand-50`}>
              <span aria-hidden="true">‹</span>
              <span className="sr-only">{labels.previous}</span>
            </Link>
          </li>
        ) : null}
        {pageWindow(current, total).map((page, index) =>
          page === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-stone-500">
              …
            </li>
          ) : (
            <li key={page}>
              {page === current ? (
                <span aria-current="page" className={`${item} bg-brand-700 text-white`}>
                  <span className="sr-only">{labels.page(page)}</span>
                  <span aria-hidden="true">{page}</span>
                </span>
              ) : (
                <Link href={hrefFor(page)} className={`${item} ring-1 ring-stone-300 hover:bg-brand-50`} aria-label={labels.page(page)}>
                  {page}
                </Link>
              )}
            </li>
          )
        )}
        {current < total ? (
          <li>
            <Link href={hrefFor(current + 1)} rel="next" className={`${item} ring-1 ring-stone-300 hover:bg-brand-50`}>
              <span className="sr-only">{labels.next}</span>
              <span aria-hidden="true">›</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
