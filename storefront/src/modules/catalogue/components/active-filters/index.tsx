import { Link } from "@/i18n/link"

type Props = {
  title: string
  chips: { key: string; label: string; removeLabel: string; href: string }[]
  clearAll: { label: string; href: string }
}

/** The filters in force, each removable with one link, and a link to clear them all. */
export default function ActiveFilters({ title, chips, clearAll }: Props) {
  if (!chips.length) return null
  return (
    <section aria-label={title} className="flex flex-wrap items-center gap-2" data-testid="active-filters">
      <span className="text-sm font-semibold text-stone-700">{title}:</span>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={chip.href}
             
              aria-label={chip.removeLabel}
              className="inline-flex min-h-11 items-center gap-2 rounded-full bg-brand-50 px-3 text-sm font-semibold text-brand-800 ring-1 ring-brand-600 hover:bg-brand-100"
            >
              {chip.label}
              <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
      </ul>
      <Link href={clearAll.href} className="inline-flex min-h-11 items-center px-2 text-sm text-brand-700 underline">
        {clearAll.label}
      </Link>
    </section>
  )
}
