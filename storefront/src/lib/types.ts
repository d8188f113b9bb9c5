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
  /** Catalogue cards: priced variants. Search cards have none and carry `price_vnd` instead. */
  variants?: { id: string; title: string | null; sku: string | null; calculated_price?: { calculated_amount?: number | null } | null }[]
  price_vnd?: number | null
  ocop: OcopBadge | null
  producer: ProducerSummary | null
}

export type CataloguePage = { products: CatalogueProduct[]; count: number; offset: number; limit: number }

/** Counts per facet value for the current filters (GET /store/ocop/products?facets=true). */
export type CatalogueFacets = {
  stars: Record<string, number>
  group: Record<string, number>
  district: Record<string, number>
  producer_type: Record<string, number>
}

export type CataloguePageWithFacets = CataloguePage & { facets?: CatalogueFacets }

/** A run of a title from the search, `match` where it matched the words (rendered as <mark>). */
export type HighlightSegment = { text: string; match: boolean }

/** A catalogue card; from the search it also carries the title's highlight. */
export type SearchProduct = CatalogueProduct & { highlight?: { title: HighlightSegment[] } }

/** GET /store/ocop/search: a catalogue page by relevance plus a did-you-mean query. */
export type SearchPage = Omit<CataloguePageWithFacets, "products"> & { products: SearchProduct[]; suggestion: string | null }

/** GET /store/ocop/search/suggest: instant suggestions for the header's search box. */
export type SearchSuggestions = {
  products: { handle: string; title: string; thumbnail: string | null; stars: number | null }[]
  producers: { handle: string; name: string; type: string }[]
}

/** What the product's label shows (Decree 43/2017 and the marketplace rules). */
export type ProductLabel = {
  net_quantity?: string | null
  ingredients?: string | null
  shelf_life?: string | null
  storage?: string | null
  origin?: string | null
  alcohol_percent?: number | null
  usage?: string | null
  warnings?: string | null
}

/** A producer's public seller details (backend api/store/ocop/producers/present.ts). */
export type ProducerPublic = {
  id: string
  name: string
  handle: string
  type: string
  district: string
  commune: string | null
  address: string | null
  phone: string | null
  zalo: string | null
  email: string | null
  registration_number: string | null
  representative: string | null
  story: string | null
  logo_url: string | null
  photos: string[] | null
  is_sample: boolean
}

export type ProductVariantDetail = {
  id: string
  title: string | null
  sku: string | null
  manage_inventory?: boolean | null
  calculated_price?: { calculated_amount?: number | null; currency_code?: string | null } | null
}

/** GET /store/ocop/products/:handle → product */
export type ProductDetail = {
  id: string
  title: string
  subtitle: string | null
  handle: string
  description: string | null
  thumbnail: string | null
  images: { id: string; url: string }[] | null
  weight: number | null
  origin_country: string | null
  tags: { value: string }[] | null
  variants: ProductVariantDetail[]
  label: ProductLabel | null
  shippable: boolean
  is_sample: boolean
  ocop: OcopBadge | null
  producer: ProducerPublic | null
}

export type ProductDetailResponse = { product: ProductDetail; related: CatalogueProduct[] }

export type ProducerListPage = { producers: ProducerPublic[]; count: number; offset: number; limit: number }

export type ProducerPage = { producer: ProducerPublic; products: CatalogueProduct[]; count: number; offset: number; limit: number }

/** Stock of one variant, read per request: `available` is null when stock is not tracked. */
export type VariantStock = { id: string; available: number | null }
