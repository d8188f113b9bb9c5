import type { ProductDetail } from "@/lib/types"

type Offer = {
  "@type": "Offer"
  sku?: string
  name?: string
  price: number
  priceCurrency: "VND"
  availability: string
  url: string
  seller?: { "@type": "Organization"; name: string }
}

export type ProductJsonLd = {
  "@context": "https://schema.org"
  "@type": "Product"
  name: string
  description?: string
  image?: string[]
  sku?: string
  url: string
  brand?: { "@type": "Brand"; name: string }
  offers: Offer[]
}

const IN_STOCK = "https://schema.org/InStock"
const OUT_OF_STOCK = "https://schema.org/OutOfStock"

/**
 * schema.org Product data for a product page: one Offer per priced variant,
 * in whole VND, with availability from the stock snapshot the page was
 * rendered with (null when unknown: the availability is then left as in stock
 * only if the variant does not track stock).
 */
export function productJsonLd(
  product: ProductDetail,
  options: { url: string; stock: Record<string, number | null> | null }
): ProductJsonLd {
  const images = [product.thumbnail, ...(product.images ?? []).map((image) => image.url)].filter(
    (url, index, all): url is string => !!url && all.indexOf(url) === index
  )
  const offers = product.variants.flatMap((variant): Offer[] => {
    const price = variant.calculated_price?.calculated_amount
    if (typeof price !== "number") return []
    const available = options.stock ? options.stock[variant.id] : undefined
    const inStock = available === undefined ? variant.manage_inventory === false : available === null || available > 0
    return [
      {
        "@type": "Offer",
        ...(variant.sku ? { sku: variant.sku } : {}),
        ...(variant.title ? { name: variant.title } : {}),
        price: Math.round(price),
        priceCurrency: "VND",
        availability: inStock ? IN_STOCK : OUT_OF_STOCK,
        url: options.url,
        ...(product.producer ? { seller: { "@type": "Organization" as const, name: product.producer.name } } : {}),
      },
    ]
  })
  const sku = product.variants.find((variant) => variant.sku)?.sku ?? undefined
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    ...(product.description ? { description: product.description } : {}),
    ...(images.length ? { image: images } : {}),
    ...(sku ? { sku } : {}),
    url: options.url,
    ...(product.producer ? { brand: { "@type": "Brand" as const, name: product.producer.name } } : {}),
    offers,
  }
}

/** JSON for a <script type="application/ld+json">: "<" escaped so text can never close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029")
}
