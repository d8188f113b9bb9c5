/**
 * Variations (tiers) and models, as documented on v2.product.init_tier_variation,
 * v2.product.get_model_list and the "Variant management" / "Stock & Price
 * Management" guides. One item has at most 2 tiers; every combination of
 * options is one model with its own model_id, price, stock and SKU.
 */
export type ShopeeSellerStock = { location_id?: string; stock: number }

/** One model to create: `tier_index[i]` is the option's position in tier i. */
export type ShopeeModelInput = {
  tier_index: number[]
  /** VND integer. */
  original_price: number
  /** ≤ 100 characters. */
  model_sku?: string
  seller_stock: ShopeeSellerStock[]
  gtin_code?: string
  /** kg; defaults to the item's weight. */
  weight?: number
}

/**
 * The tier structure the init_tier_variation page documents since its
 * 2025-09-12 update. Seller-defined tiers carry variation_id 0 and
 * variation_option_id 0 (ids other than 0 come from v2.product.get_variations).
 */
export type ShopeeStandardiseTierVariation = {
  variation_id: number
  variation_group_id?: number
  variation_name: string
  variation_option_list: Array<{ variation_option_id: number; variation_option_name: string; image_id?: string }>
}

/** The older `tier_variation` structure, deprecated on the init_tier_variation page (2025-09-12) but still returned by get_model_list. */
export type ShopeeTierVariation = { name: string; option_list: Array<{ option: string; image?: { image_id: string } }> }

/**
 * init_tier_variation body: exactly one of the two tier structures. The
 * deprecated one is still accepted so existing callers (the mapping's
 * shopeeTierVariationBody) type-check; the client warns when it is used.
 */
export type ShopeeInitTierVariationRequest = { item_id: number; model: ShopeeModelInput[] } & (
  | { standardise_tier_variation: ShopeeStandardiseTierVariation[]; tier_variation?: undefined }
  | { tier_variation: ShopeeTierVariation[]; standardise_tier_variation?: undefined }
)

/** A model init_tier_variation reports as created. */
export type ShopeeCreatedModel = { model_id: number; tier_index: number[]; model_sku: string; original_price?: number; seller_stock?: ShopeeSellerStock[] }

export type ShopeeInitTierVariationResult = {
  /**
   * The created models when the answer lists them (the API page's response
   * sample does); empty otherwise, and then get_model_list is the way to
   * learn the model ids.
   */
  models: ShopeeCreatedModel[]
  requestId: string | null
  warning: string | null
}

/** What get_model_list returns for a tier as read back (image URLs, not ids, may be present). */
export type ShopeeTierVariationRead = { name: string; option_list: Array<{ option: string; image?: { image_id?: string; image_url?: string } }> }

export type ShopeeModelStatus = "MODEL_NORMAL" | "MODEL_UNAVAILABLE"

export type ShopeeModel = {
  model_id: number
  tier_index: number[]
  model_sku: string
  model_status?: ShopeeModelStatus
  price_info: Array<{ currency?: string; original_price: number; current_price: number }>
  stock_info_v2?: {
    summary_info?: { total_reserved_stock?: number; total_available_stock: number }
    seller_stock?: Array<{ location_id?: string; stock: number; if_saleable?: boolean }>
  }
  /** kg, sent as a string. */
  weight?: string
}

export type ShopeeModelList = {
  tier_variation: ShopeeTierVariationRead[]
  standardise_tier_variation: ShopeeStandardiseTierVariation[]
  /** Shopee documents no order: match models by model_sku or tier_index, never by position. */
  model: ShopeeModel[]
}
