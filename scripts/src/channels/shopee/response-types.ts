/**
 * The parts of Shopee v2 responses the sync reads, as documented on each
 * API-reference page (fields we do not use are left out; the server may send
 * more). Times are Unix seconds, as Shopee sends them.
 */
import type { ShopeeFailure, ShopeeLogisticInfo } from "./item-types"

export type ShopeeCategory = {
  category_id: number
  parent_category_id: number
  original_category_name: string
  display_category_name: string
  has_children: boolean
}

export type ShopeeAttributeValue = { value_id: number; name: string; value_unit?: string }

export type ShopeeAttributeTreeNode = {
  attribute_id: number
  mandatory: boolean
  name: string
  attribute_value_list?: ShopeeAttributeValue[]
  attribute_info?: {
    /** 1 SINGLE_DROP_DOWN, 2 SINGLE_COMBO_BOX, 3 FREE_TEXT_FILED, 4 MULTI_DROP_DOWN, 5 MULTI_COMBO_BOX. */
    input_type: number
    input_validation_type?: number
    format_type?: number
    attribute_unit_list?: string[]
    max_value_count?: number
  }
}

export type ShopeeCategoryAttributes = { category_id: number; attribute_tree: ShopeeAttributeTreeNode[] }

export type ShopeeBrand = { brand_id: number; original_brand_name: string; display_brand_name?: string }

export type ShopeeBrandPage = {
  brand_list: ShopeeBrand[]
  has_next_page: boolean
  next_offset: number
  /** Whether the category requires a brand (else "No Brand", brand_id 0, is accepted). */
  is_mandatory: boolean
  input_type?: string
}

export type ShopeeRange = { min_limit: number; max_limit: number }

/** v2.product.get_item_limit: the authoritative per-category limits. */
export type ShopeeItemLimit = {
  price_limit: ShopeeRange
  stock_limit: ShopeeRange
  item_name_length_limit: ShopeeRange
  item_description_length_limit: ShopeeRange
  item_image_count_limit: ShopeeRange
  tier_variation_name_length_limit?: ShopeeRange
  tier_variation_option_length_limit?: ShopeeRange
  item_count_limit?: { max_limit: number }
  weight_limit?: { weight_mandatory: boolean }
  dimension_limit?: { dimension_mandatory: boolean }
  dts_limit?: { days_to_ship_limit: ShopeeRange; non_pre_order_days_to_ship: number }
  gtin_limit?: { gtin_validation_rule: string }
}

export type ShopeeFeeType = "SIZE_SELECTION" | "SIZE_INPUT" | "FIXED_DEFAULT_PRICE" | "CUSTOM_PRICE"

export type ShopeeLogisticsChannel = {
  logistics_channel_id: number
  logistics_channel_name: string
  cod_enabled: boolean
  enabled: boolean
  fee_type: ShopeeFeeType
  mask_channel_id: number
  force_enable?: boolean
  size_list?: Array<{ size_id: string | number; name: string; default_price: number }>
  weight_limit?: { item_max_weight: number; item_min_weight: number }
  item_max_dimension?: { height: number; width: number; length: number; unit: string; dimension_sum?: number }
}

export type ShopeeImageInfo = { image_id: string; image_url_list: Array<{ image_url_region: string; image_url: string }> }

export type ShopeeItemResult = {
  item_id: number
  item_status?: string
  item_name?: string
  item_sku?: string
  price_info?: { original_price: number; current_price?: number }
  images?: { image_id_list: string[]; image_url_list?: string[] }
  logistic_info?: ShopeeLogisticInfo[]
  weight?: number
  warning?: string | null
}

export type ShopeeItemStatus = "NORMAL" | "BANNED" | "UNLIST" | "REVIEWING" | "SELLER_DELETE" | "SHOPEE_DELETE"

export type ShopeeItemListPage = {
  item: Array<{ item_id: number; item_status: ShopeeItemStatus; update_time: number }>
  total_count: number
  has_next_page: boolean
  next_offset: number
}

export type ShopeeItemBaseInfo = {
  item_id: number
  category_id: number
  item_name: string
  description?: string
  item_sku?: string
  item_status: ShopeeItemStatus
  create_time: number
  update_time: number
  price_info?: Array<{ currency: string; original_price: number; current_price: number }>
  stock_info_v2?: { summary_info?: { total_available_stock: number }; seller_stock?: Array<{ location_id?: string; stock: number }> }
  image?: { image_id_list: string[]; image_url_list?: string[] }
  weight?: string | number
  dimension?: { package_length: number; package_width: number; package_height: number }
  logistic_info?: ShopeeLogisticInfo[]
  brand?: { brand_id: number; original_brand_name: string }
  has_model?: boolean
}

/**
 * What update_price / update_stock return. The envelope can be a success
 * while some models failed: `failures` is never dropped, `ok` is false when
 * it is non-empty.
 */
export type ShopeeUpdateResult<Success> = {
  ok: boolean
  failures: ShopeeFailure[]
  successes: Success[]
  requestId: string | null
  warning: string | null
}

export type ShopeePriceSuccess = { model_id: number; original_price: number }
export type ShopeeStockSuccess = { model_id: number; location_id?: string; stock: number }

export type ShopeeOrderStatus =
  | "UNPAID"
  | "READY_TO_SHIP"
  | "PROCESSED"
  | "RETRY_SHIP"
  | "SHIPPED"
  | "TO_CONFIRM_RECEIVE"
  | "IN_CANCEL"
  | "CANCELLED"
  | "TO_RETURN"
  | "COMPLETED"
  | "INVOICE_PENDING"

export type ShopeeOrderListPage = {
  order_list: Array<{ order_sn: string; order_status?: ShopeeOrderStatus }>
  more: boolean
  next_cursor: string
}

export type ShopeeOrderItem = {
  item_id: number
  item_name: string
  item_sku: string
  model_id: number
  model_name: string
  model_sku: string
  model_quantity_purchased: number
  model_original_price: number
  model_discounted_price: number
}

export type ShopeeOrderDetail = {
  order_sn: string
  region: string
  currency: string
  cod: boolean
  order_status: ShopeeOrderStatus
  create_time: number
  update_time: number
  days_to_ship?: number
  ship_by_date?: number
  message_to_seller?: string
  total_amount?: number
  item_list?: ShopeeOrderItem[]
  buyer_username?: string
  pay_time?: number
}

export type ShopeeShopInfo = {
  shop_name: string
  region: string
  status: string
  /** Unix seconds: when the seller authorised the partner. */
  auth_time: number
  /** Unix seconds: when that authorisation ends (re-authorise before). */
  expire_time: number
}
