/** Shapes of the backend's OCOP store routes (backend/src/api/store/ocop). */
export type OcopBadge = {
  stars: number
  certificate_number: string
  decision_number: string
  issuer: string
  issued_at: string
  expires_at: string
  status: "active" | "expiring" | "renewal_pending"
  group: string
  product_set: string
  is_sample: boolean
}

export type ProducerSummary = {
  name: string
  handle: string
  type: string
  district: string
  commune: string
  is_sample: boolean
}

export type CatalogueProduct = {
  id: string
  title: string
  subtitle: string | null
  handle: string
  thumbnail: string | null
  variants: { id: string; title: string | null; sku: string | null; calculated_price?: { calculated_amount?: number | null } | null }[]
  ocop: OcopBadge | null
  producer: ProducerSummary | null
}

export type CataloguePage = { products: CatalogueProduct[]; count: number; offset: number; limit: number }
