import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { getOcopProduct } from "@/lib/data/products"
import { getStockSnapshot } from "@/lib/data/stock"
import { localeAlternates } from "@/lib/seo/alternates"
import { productJsonLd } from "@/lib/seo/product-json-ld"
import { absoluteUrl } from "@/lib/seo/site-url"
import JsonLd from "@/modules/common/components/json-ld"
import ProductTemplate from "@/modules/products/templates/product-template"

type Props = { params: Promise<{ locale: string; handle: string }> }

/**
 * Rendered on first visit, then served from cache and refreshed by the shared
 * tags (`products`, `product:<handle>`) or after 60 s. Live stock comes from
 * the buy box's own request, never from this render.
 */
export const revalidate = 60

export function generateStaticParams(): { handle: string }[] {
  return []
}

function summary(text: string | null, max = 160): string | undefined {
  if (!text) return undefined
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const data = await getOcopProduct(handle)
  if (!data) return {}
  const { product } = data
  const description = summary(product.description ?? product.subtitle)
  return {
    title: product.title,
    description,
    alternates: localeAlternates(locale, `/products/${product.handle}`),
    openGraph: {
      title: product.title,
      description,
      url: `/${locale}/products/${product.handle}`,
      images: product.thumbnail ? [{ url: product.thumbnail, alt: product.title }] : undefined,
    },
  }
}

export default async function ProductPage({ params }: Props) {
  const { locale, handle } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const data = await getOcopProduct(handle)
  if (!data) notFound()
  const snapshot = await getStockSnapshot(handle)
  const jsonLd = productJsonLd(data.product, {
    url: absoluteUrl(`/${locale}/products/${data.product.handle}`),
    stock: snapshot ? Object.fromEntries(snapshot.map((variant) => [variant.id, variant.available])) : null,
  })
  return (
    <>
      <JsonLd data={jsonLd} />
      <ProductTemplate product={data.product} related={data.related} locale={locale} />
    </>
  )
}
