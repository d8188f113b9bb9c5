import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { parseCatalogueParams } from "@/lib/catalogue/params"
import { getCatalogueView } from "@/lib/data/catalogue"
import { localeAlternates } from "@/lib/seo/alternates"
import CatalogueTemplate from "@/modules/catalogue/templates/catalogue-template"

/**
 * The unfiltered catalogue (/<locale>/products with no query), which most
 * visits land on, served as a cached page: the proxy rewrites that exact URL
 * here. It is rebuilt when the backend purges the "products" tag, or after
 * 60 s at the latest. Filtered views stay per-request (products/page.tsx).
 */
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

export function generateStaticParams(): { locale: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: "catalogue" })
  return { title: t("title"), description: t("metaDescription"), alternates: localeAlternates(locale, "/products", "") }
}

export default async function DefaultCataloguePage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const state = parseCatalogueParams({})
  return <CatalogueTemplate locale={locale} state={state} view={await getCatalogueView(state)} />
}
