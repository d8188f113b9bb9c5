import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { listProducers, PRODUCERS_PAGE_SIZE } from "@/lib/data/producers"
import { hasProducerFilters, parseProducerParams, producerQueryString } from "@/lib/producers/params"
import { localeAlternates } from "@/lib/seo/alternates"
import ProducerListTemplate from "@/modules/producers/templates/producer-list-template"

/**
 * Rendered per request (the view comes from the query string); this must be
 * explicit because the locale layout's generateStaticParams would otherwise
 * mark the route static. Backend reads stay shared cache entries (force-cache + tags).
 */
export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const state = parseProducerParams(await searchParams)
  const t = await getTranslations({ locale, namespace: "producer" })
  return {
    title: state.q ? t("resultsFor", { q: state.q }) : t("listTitle"),
    description: t("metaDescription"),
    alternates: localeAlternates(locale, "/producers", producerQueryString(state)),
    robots: hasProducerFilters(state) ? { index: false, follow: true } : undefined,
  }
}

/** Producers with type/district filters and a search; each read is a shared cache entry (tag `producers`). */
export default async function ProducersPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const state = parseProducerParams(await searchParams)
  const page = await listProducers({
    q: state.q,
    type: state.type ? [state.type] : [],
    district: state.district ? [state.district] : [],
    page: state.page,
  })
  return <ProducerListTemplate locale={locale} state={state} page={page} pageSize={PRODUCERS_PAGE_SIZE} />
}
