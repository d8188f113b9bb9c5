import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { getProducer } from "@/lib/data/producers"
import { placeLabel } from "@/lib/ocop-labels"
import { localeAlternates } from "@/lib/seo/alternates"
import { absoluteUrl } from "@/lib/seo/site-url"
import JsonLd from "@/modules/common/components/json-ld"
import ProducerTemplate from "@/modules/producers/templates/producer-template"

type Props = { params: Promise<{ locale: string; handle: string }> }

/** Cached like product pages: first visit renders, tags `producers`/`products` refresh. */
export const revalidate = 60

export function generateStaticParams(): { handle: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const data = await getProducer(handle)
  if (!data) return {}
  const { producer } = data
  const story = producer.story ?? ""
  return {
    title: producer.name,
    description: story.length > 160 ? `${story.slice(0, 159).trimEnd()}…` : story || undefined,
    alternates: localeAlternates(locale, `/producers/${producer.handle}`),
  }
}

export default async function ProducerPage({ params }: Props) {
  const { locale, handle } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const data = await getProducer(handle)
  if (!data) notFound()
  const { producer } = data
  const organisation = {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: producer.name,
    url: absoluteUrl(`/${locale}/producers/${producer.handle}`),
    ...(producer.phone ? { telephone: producer.phone } : {}),
    address: {
      "@type": "PostalAddress",
      streetAddress: [producer.address, placeLabel(producer.commune, producer.district, locale)].filter(Boolean).join(", "),
      addressRegion: "Cao Bằng",
      addressCountry: "VN",
    },
  }
  return (
    <>
      <JsonLd data={organisation} />
      <ProducerTemplate data={data} locale={locale} />
    </>
  )
}
