import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { catalogueHref, EMPTY_STATE, hasFilters, withoutSearch, type CatalogueState } from "@/lib/catalogue/params"
import { listCatalogue } from "@/lib/data/products"
import type { CatalogueProduct } from "@/lib/types"
import ProductGrid from "@/modules/products/components/product-grid"
import DidYouMean from "@/modules/search/components/did-you-mean"

type Props = { locale: Locale; state: CatalogueState & { q: string }; suggestion: string | null }

/** A few 4-star products, the home page's shared cached read; the help page shows without them if it fails. */
async function popularProducts(): Promise<CatalogueProduct[]> {
  try {
    return (await listCatalogue({ stars: [4], limit: 4 })).products
  } catch {
    return []
  }
}

/**
 * What a search without results shows: did-you-mean words from the backend,
 * tips, and popular products so the visit does not end here.
 */
export default async function NoResults({ locale, state, suggestion }: Props) {
  const t = await getTranslations({ locale, namespace: "search" })
  const popular = await popularProducts()
  const filtered = hasFilters(withoutSearch(state))
  const link = "inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
  return (
    <>
      <div className="mt-6 rounded-2xl bg-white p-5 ring-1 ring-stone-200 md:p-6" data-testid="catalogue-empty">
        <h3 className="text-lg font-bold">{t("noResultsTitle", { q: state.q })}</h3>
        {suggestion ? <DidYouMean locale={locale} state={state} suggestion={suggestion} className="mt-2 text-lg" /> : null}
        <h4 className="mt-4 font-semibold">{t("tipsTitle")}</h4>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-stone-700" data-testid="search-tips">
          <li>{t("tipSpelling")}</li>
          <li>{t("tipShorter")}</li>
          {filtered ? <li>{t("tipFilters")}</li> : null}
        </ul>
        <div className="mt-2 flex flex-wrap gap-x-4">
          {filtered ? (
            <Link href={catalogueHref({ ...EMPTY_STATE, q: state.q, sort: state.sort })} className={link}>
              {t("clearFilters", { q: state.q })}
            </Link>
          ) : null}
          <Link href="/products" className={link}>
            {t("browseAll")}
          </Link>
        </div>
      </div>
      {popular.length ? (
        <section className="mt-8" aria-labelledby="popular-heading">
          <h3 id="popular-heading" className="text-lg font-bold">
            {t("popularTitle")}
          </h3>
          <div className="mt-3">
            <ProductGrid products={popular} testId="popular-products" />
          </div>
        </section>
      ) : null}
    </>
  )
}
