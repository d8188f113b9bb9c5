import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { Suspense } from "react"
import { routing } from "@/i18n/routing"
import {
  catalogueQueryString,
  FACET_KEYS,
  isIndexable,
  parseCatalogueParams,
  type CatalogueState,
  type RawSearchParams,
} from "@/lib/catalogue/params"
import { getCatalogueView } from "@/lib/data/catalogue"
import { districtLabel, groupLabel, producerTypeLabel } from "@/lib/ocop-labels"
import { localeAlternates } from "@/lib/seo/alternates"
import CatalogueSkeleton from "@/modules/catalogue/components/catalogue-skeleton"
import CatalogueTemplate from "@/modules/catalogue/templates/catalogue-template"

/**
 * Rendered per request (the view comes from the query string); this must be
 * explicit because the locale layout's generateStaticParams would otherwise
 * mark the route static. Backend reads stay shared cache entries (force-cache + tags).
 */
export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> }

/** "Đồ uống" for /products?group=do_uong: an indexable one-facet view gets its own title. */
function singleFacetTitle(state: CatalogueState, locale: "vi" | "en", stars: (count: number) => string): string | null {
  const chosen = FACET_KEYS.flatMap((key) => state[key].map((value) => [key, String(value)] as const))
  if (chosen.length !== 1) return null
  const [key, value] = chosen[0]
  if (key === "stars") return stars(Number(value))
  if (key === "group") return groupLabel(value, locale)
  if (key === "district") return districtLabel(value, locale)
  return producerTypeLabel(value, locale)
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const state = parseCatalogueParams(await searchParams)
  const t = await getTranslations({ locale, namespace: "catalogue" })
  const facet = singleFacetTitle(state, locale, (stars) => t("starsValue", { stars }))
  const base = state.q ? t("resultsFor", { q: state.q }) : facet ? `${facet} · ${t("title")}` : t("title")
  const title = state.page > 1 ? `${base} · ${t("pageLabel", { page: state.page })}` : base
  return {
    title,
    description: t("metaDescription"),
    alternates: localeAlternates(locale, "/products", catalogueQueryString(state)),
    robots: isIndexable(state) ? undefined : { index: false, follow: true },
  }
}

async function CatalogueResults({ locale, state }: { locale: "vi" | "en"; state: CatalogueState }) {
  const view = await getCatalogueView(state)
  return <CatalogueTemplate locale={locale} state={state} view={view} />
}

/**
 * The catalogue: every view is a URL. The page renders per request (it reads
 * the query) but each backend read behind it is a shared, tagged cache entry.
 * A new key per view shows the skeleton while a filter change loads.
 */
export default async function CataloguePage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const state = parseCatalogueParams(await searchParams)
  const t = await getTranslations({ locale, namespace: "catalogue" })
  return (
    <Suspense key={catalogueQueryString(state)} fallback={<CatalogueSkeleton label={t("loading")} />}>
      <CatalogueResults locale={locale} state={state} />
    </Suspense>
  )
}
