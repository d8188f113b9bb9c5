/**
 * Fixture data of a Vietnamese local shop, shaped like the documented
 * responses of get_category, get_attribute_tree, get_brand_list,
 * get_item_limit and logistics/get_channel_list. The ids and limits are
 * fixture values chosen for the tests, not Shopee Vietnam's real ones: a
 * real shop must read them from the API.
 */
import type {
  ShopeeBrand,
  ShopeeCategory,
  ShopeeCategoryAttributes,
  ShopeeItemLimit,
  ShopeeLogisticsChannel,
  ShopeeOrderItem,
  ShopeeOrderStatus,
} from "../../shopee/response-types"

export const FIXTURE_CATEGORIES: ShopeeCategory[] = [
  cat(100629, 0, "Food & Beverages", "Thực phẩm và đồ uống", true),
  cat(100630, 100629, "Beverages", "Đồ uống", true),
  cat(100631, 100630, "Tea", "Trà", false),
  cat(100632, 100630, "Coffee", "Cà phê", false),
  cat(100633, 100630, "Alcoholic Beverages", "Đồ uống có cồn", false),
  cat(100640, 100629, "Cooking Essentials", "Nguyên liệu nấu ăn", true),
  cat(100641, 100640, "Seasonings", "Gia vị", false),
  cat(100642, 100640, "Rice & Noodles", "Gạo và miến", false),
  cat(100643, 100629, "Honey", "Mật ong", false),
  cat(100644, 100629, "Snacks", "Đồ ăn vặt", false),
  cat(100650, 0, "Home & Living", "Nhà cửa & Đời sống", true),
  cat(100651, 100650, "Handicrafts", "Đồ thủ công", false),
]

export const ORIGIN_ATTRIBUTE_ID = 100037
export const VIETNAM_VALUE_ID = 1021
export const ALCOHOL_ATTRIBUTE_ID = 100999

/** Every leaf has a mandatory origin drop-down; spirits also a mandatory alcohol percentage. */
export function fixtureAttributeTree(categoryId: number): ShopeeCategoryAttributes {
  const tree: ShopeeCategoryAttributes["attribute_tree"] = [
    {
      attribute_id: ORIGIN_ATTRIBUTE_ID,
      mandatory: true,
      name: "Xuất xứ",
      attribute_value_list: [
        { value_id: VIETNAM_VALUE_ID, name: "Việt Nam" },
        { value_id: 1022, name: "Trung Quốc" },
      ],
      attribute_info: { input_type: 1, max_value_count: 1 },
    },
    {
      attribute_id: 100010,
      mandatory: false,
      name: "Hạn sử dụng",
      attribute_info: { input_type: 3, format_type: 1, max_value_count: 1 },
    },
    {
      attribute_id: 100095,
      mandatory: false,
      name: "Trọng lượng",
      attribute_info: { input_type: 3, format_type: 2, attribute_unit_list: ["g", "kg"], max_value_count: 1 },
    },
  ]
  if (categoryId === 100633) {
    tree.push({ attribute_id: ALCOHOL_ATTRIBUTE_ID, mandatory: true, name: "Nồng độ cồn", attribute_info: { input_type: 3, format_type: 2, attribute_unit_list: ["%"], max_value_count: 1 } })
  }
  return { category_id: categoryId, attribute_tree: tree }
}

export const FIXTURE_BRANDS: ShopeeBrand[] = [
  { brand_id: 3001001, original_brand_name: "Shan Tuyết Cao Bằng", display_brand_name: "Shan Tuyết Cao Bằng" },
  { brand_id: 3001002, original_brand_name: "Miến Dong Nguyên Bình", display_brand_name: "Miến Dong Nguyên Bình" },
  { brand_id: 3001003, original_brand_name: "Hạt Dẻ Trùng Khánh", display_brand_name: "Hạt Dẻ Trùng Khánh" },
]

export const DEFAULT_ITEM_LIMIT: ShopeeItemLimit = {
  price_limit: { min_limit: 1_000, max_limit: 120_000_000 },
  stock_limit: { min_limit: 0, max_limit: 999_999 },
  item_name_length_limit: { min_limit: 10, max_limit: 120 },
  item_description_length_limit: { min_limit: 100, max_limit: 3_000 },
  item_image_count_limit: { min_limit: 1, max_limit: 9 },
  tier_variation_name_length_limit: { min_limit: 1, max_limit: 14 },
  tier_variation_option_length_limit: { min_limit: 1, max_limit: 20 },
  item_count_limit: { max_limit: 1_000 },
  weight_limit: { weight_mandatory: true },
  dimension_limit: { dimension_mandatory: false },
  dts_limit: { days_to_ship_limit: { min_limit: 1, max_limit: 3 }, non_pre_order_days_to_ship: 2 },
  gtin_limit: { gtin_validation_rule: "Optional" },
}

/**
 * Two usable channels (mask 0, enabled), two real carriers served behind the
 * "Nhanh" mask (mask_channel_id 5001: not settable on an item), a disabled
 * one and a CUSTOM_PRICE one that needs a shipping fee.
 */
export const FIXTURE_CHANNELS: ShopeeLogisticsChannel[] = [
  channel(5001, "Nhanh", true, 0, "SIZE_INPUT"),
  channel(5002, "Hỏa Tốc", false, 0, "SIZE_INPUT"),
  channel(5003, "Tiết kiệm", true, 0, "FIXED_DEFAULT_PRICE"),
  channel(50011, "Giao Hàng Nhanh", true, 5001, "SIZE_INPUT"),
  channel(50012, "Viettel Post", true, 5001, "SIZE_INPUT"),
  channel(50021, "VNPost Nhanh_product", false, 0, "SIZE_INPUT"),
  channel(8003, "Người bán tự vận chuyển", true, 0, "CUSTOM_PRICE"),
]

/** An order line exactly as get_order_detail returns it. */
export type ContractOrderItem = ShopeeOrderItem

export type ContractOrder = {
  order_sn: string
  order_status: ShopeeOrderStatus
  /** Unix seconds. */
  create_time: number
  /** Unix seconds. */
  update_time: number
  pay_time?: number
  cod: boolean
  total_amount: number
  buyer_username: string
  message_to_seller: string
  item_list: ContractOrderItem[]
}

/** Three orders around `nowSeconds`: one to ship, one completed three weeks ago, one just cancelled. */
export function fixtureOrders(nowSeconds: number): ContractOrder[] {
  const hour = 3600
  const day = 24 * hour
  const tea = orderItem(880001, "Trà Shan tuyết Cao Bằng hộp 100 g", "OCOP-CB-TEA-100G", 2, 150_000)
  const noodles = orderItem(880002, "Miến dong Nguyên Bình gói 500 g", "OCOP-CB-MIEN-500G", 3, 60_000)
  return [
    order("250101OCOPCB01", "READY_TO_SHIP", nowSeconds - 2 * day, nowSeconds - day, [tea], false),
    order("250101OCOPCB02", "COMPLETED", nowSeconds - 21 * day, nowSeconds - 18 * day, [noodles, tea], true),
    order("250101OCOPCB03", "CANCELLED", nowSeconds - 3 * hour, nowSeconds - hour, [noodles], true),
  ]
}

function order(orderSn: string, status: ShopeeOrderStatus, created: number, updated: number, items: ContractOrderItem[], cod: boolean): ContractOrder {
  return {
    order_sn: orderSn,
    order_status: status,
    create_time: created,
    update_time: updated,
    pay_time: cod ? undefined : created + 60,
    cod,
    total_amount: items.reduce((sum, item) => sum + item.model_discounted_price * item.model_quantity_purchased, 0),
    buyer_username: "buyer_cb",
    message_to_seller: "",
    item_list: items,
  }
}

function orderItem(itemId: number, name: string, sku: string, quantity: number, price: number): ContractOrderItem {
  return { item_id: itemId, item_name: name, item_sku: sku, model_id: 0, model_name: "", model_sku: "", model_quantity_purchased: quantity, model_original_price: price, model_discounted_price: price }
}

function cat(id: number, parent: number, original: string, display: string, hasChildren: boolean): ShopeeCategory {
  return { category_id: id, parent_category_id: parent, original_category_name: original, display_category_name: display, has_children: hasChildren }
}

function channel(id: number, name: string, enabled: boolean, mask: number, feeType: ShopeeLogisticsChannel["fee_type"]): ShopeeLogisticsChannel {
  return {
    logistics_channel_id: id,
    logistics_channel_name: name,
    cod_enabled: true,
    enabled,
    fee_type: feeType,
    mask_channel_id: mask,
    force_enable: false,
    weight_limit: { item_max_weight: 30, item_min_weight: 0.01 },
    item_max_dimension: { height: 100, width: 100, length: 100, unit: "cm", dimension_sum: 180 },
  }
}

/** Smallest valid PNG (1×1), for image-upload tests: the contract server checks the file signature. */
export const TINY_PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"),
)
