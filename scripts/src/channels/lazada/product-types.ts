/**
 * Lazada Open Platform product payloads, as documented on /product/create,
 * /product/update and /product/price_quantity/update. The JSON goes as the
 * `payload` form parameter (it takes part in the signature). Arrays must be
 * arrays even with one element. VND prices are sent as integers.
 */
export type LazadaSku = {
  SellerSku: string
  quantity?: number
  price?: number
  special_price?: number
  package_weight?: number
  package_length?: number
  package_width?: number
  package_height?: number
  Images?: { Image: string[] }
  /**
   * Sales (variant) attributes, e.g. `{ "net_weight": "300 g" }`; a standard
   * variant attribute is required when a product has more than one SKU.
   */
  saleProp?: Record<string, string>
  /** Variation attributes, e.g. a pack size. */
  [attribute: string]: string | number | { Image: string[] } | Record<string, string> | undefined
}

export type LazadaProductAttributes = {
  name: string
  description: string
  short_description?: string
  brand?: string
  brand_id?: number
  [attribute: string]: string | number | undefined
}

export type LazadaProductPayload = {
  Request: {
    Product: {
      PrimaryCategory: number
      /** Only Lazada-hosted URLs (from /images/migrate or /image/upload). */
      Images: { Image: string[] }
      Attributes: LazadaProductAttributes
      Skus: { Sku: LazadaSku[] }
      ItemId?: number
    }
  }
}

export type LazadaPriceQuantitySku = { SellerSku: string; ItemId?: number; SkuId?: number; Price?: number; SalePrice?: number; Quantity?: number }

export type LazadaPriceQuantityPayload = { Request: { Product: { Skus: { Sku: LazadaPriceQuantitySku[] } } } }
