/**
 * What every channel (API or file) is built from: one OCOP product as the
 * backend's admin API describes it, flattened to the facts a listing needs.
 * Prices are whole VND; weights grams; sizes centimetres.
 */
export type CertificateStatus = "valid" | "expiring" | "expired" | "revoked" | "pending"

export type ChannelCertificate = {
  number: string
  decision: string
  issuer: string
  /** ISO date (YYYY-MM-DD). */
  issuedOn: string
  /** ISO date (YYYY-MM-DD). */
  expiresOn: string
  status: CertificateStatus
  stars: 3 | 4 | 5
  /** Vietnamese product-group name, e.g. "Thực phẩm". */
  productGroup: string
}

export type ChannelProducer = {
  name: string
  /** "HTX" | "THT" | "DN" | "HKD" as in the domain module. */
  type: string
  commune: string
  district: string
  phone: string | null
}

export type ChannelVariant = {
  variantId: string
  sku: string
  /** Pack name, e.g. "Hộp 300 g". */
  title: string
  priceVnd: number
  /** Stock the storefront can sell now (all locations of the producer). */
  stock: number
  weightGrams: number | null
  lengthCm: number | null
  widthCm: number | null
  heightCm: number | null
}

export type ChannelLabel = {
  netQuantity?: string
  ingredients?: string
  shelfLife?: string
  storage?: string
  origin?: string
  /** Percent by volume; spirits only. */
  alcoholPercent?: number
}

export type ChannelProduct = {
  productId: string
  handle: string
  title: string
  description: string
  /** Absolute image URLs, first is the cover. */
  images: string[]
  /** Our own category key (the product kind/set), mapped per platform by a data table. */
  categoryKey: string
  certificate: ChannelCertificate | null
  producer: ChannelProducer | null
  label: ChannelLabel
  /** Sample records from the seed are never pushed to a real platform without --allow-sample. */
  isSample: boolean
  variants: ChannelVariant[]
}
