/**
 * Shopee Open Platform v2 product bodies we send, as documented on
 * v2.product.add_item / update_item / update_price / update_stock.
 * Prices are VND integers (Vietnam allows no decimals); weight is kg.
 */
export type ShopeeLogisticInfo = { logistic_id: number; enabled: boolean; is_free?: boolean; shipping_fee?: number; size_id?: number }

export type ShopeeAttribute = {
  attribute_id: number
  attribute_value_list: Array<{ value_id: number; original_value_name?: string; value_unit?: string }>
}

export type ShopeeAddItemBody = {
  original_price: number
  description: string
  weight: number
  item_name: string
  item_status?: "NORMAL" | "UNLIST"
  dimension?: { package_height: number; package_length: number; package_width: number }
  logistic_info: ShopeeLogisticInfo[]
  attribute_list?: ShopeeAttribute[]
  category_id: number
  image: { image_id_list: string[] }
  item_sku?: string
  condition?: "NEW" | "USED"
  brand?: { brand_id: number; original_brand_name: string }
  seller_stock?: Array<{ location_id?: string; stock: number }>
}

export type ShopeeUpdateItemBody = Partial<Omit<ShopeeAddItemBody, "original_price" | "seller_stock">> & { item_id: number }

export type ShopeeUpdatePriceBody = { item_id: number; price_list: Array<{ model_id?: number; original_price: number }> }

export type ShopeeUpdateStockBody = { item_id: number; stock_list: Array<{ model_id?: number; seller_stock: Array<{ location_id?: string; stock: number }> }> }

/** Per-model failures that update_price / update_stock return inside a successful envelope. */
export type ShopeeFailure = { model_id: number; failed_reason: string }
