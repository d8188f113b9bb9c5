/**
 * Fixture data the contract server answers with. Category and brand ids are
 * invented for tests (real Vietnamese ids differ and must come from the live
 * /category/tree/get); names follow Lazada VN's Vietnamese labels.
 */
export type CategoryFixture = { category_id: number; name: string; leaf: boolean; var: boolean; children?: CategoryFixture[] }

export const CATEGORY_TREE: CategoryFixture[] = [
  {
    category_id: 10000100,
    name: "Bách hóa online",
    leaf: false,
    var: false,
    children: [
      { category_id: 10000101, name: "Trà", leaf: true, var: true },
      { category_id: 10000102, name: "Mật ong", leaf: true, var: true },
      { category_id: 10000103, name: "Đặc sản khô & gia vị", leaf: true, var: true },
      { category_id: 10000104, name: "Bánh kẹo", leaf: true, var: true },
      { category_id: 10000105, name: "Đồ uống có cồn", leaf: true, var: true },
    ],
  },
  {
    category_id: 10000200,
    name: "Sức khỏe & Làm đẹp",
    leaf: false,
    var: false,
    children: [{ category_id: 10000201, name: "Thực phẩm chức năng", leaf: true, var: true }],
  },
  {
    category_id: 10000300,
    name: "Nhà cửa & Đời sống",
    leaf: false,
    var: false,
    children: [{ category_id: 10000301, name: "Đồ thủ công mỹ nghệ", leaf: true, var: false }],
  },
]

export function flattenCategories(nodes: CategoryFixture[] = CATEGORY_TREE): CategoryFixture[] {
  return nodes.flatMap((node) => [node, ...flattenCategories(node.children ?? [])])
}

type AttributeFixture = {
  id: number
  name: string
  label: string
  input_type: string
  attribute_type: "normal" | "sku"
  is_mandatory: "0" | "1"
  is_sale_prop: "0" | "1"
  options: Array<{ id: number; name: string; en_name: string }>
  advanced: { is_key_prop: 0 | 1 }
}

const COMMON_ATTRIBUTES: AttributeFixture[] = [
  { id: 1, name: "name", label: "Tên sản phẩm", input_type: "text", attribute_type: "normal", is_mandatory: "1", is_sale_prop: "0", options: [], advanced: { is_key_prop: 0 } },
  { id: 2, name: "description", label: "Mô tả", input_type: "richText", attribute_type: "normal", is_mandatory: "0", is_sale_prop: "0", options: [], advanced: { is_key_prop: 0 } },
  { id: 3, name: "short_description", label: "Điểm nổi bật", input_type: "richText", attribute_type: "normal", is_mandatory: "0", is_sale_prop: "0", options: [], advanced: { is_key_prop: 0 } },
  { id: 4, name: "brand", label: "Thương hiệu", input_type: "singleSelect", attribute_type: "normal", is_mandatory: "1", is_sale_prop: "0", options: [], advanced: { is_key_prop: 1 } },
  { id: 5, name: "SellerSku", label: "SellerSKU", input_type: "text", attribute_type: "sku", is_mandatory: "1", is_sale_prop: "0", options: [], advanced: { is_key_prop: 0 } },
  { id: 6, name: "price", label: "Giá", input_type: "numeric", attribute_type: "sku", is_mandatory: "1", is_sale_prop: "0", options: [], advanced: { is_key_prop: 0 } },
  { id: 7, name: "quantity", label: "Số lượng", input_type: "numeric", attribute_type: "sku", is_mandatory: "1", is_sale_prop: "0", options: [], advanced: { is_key_prop: 0 } },
  { id: 8, name: "package_weight", label: "Cân nặng gói hàng (kg)", input_type: "numeric", attribute_type: "sku", is_mandatory: "1", is_sale_prop: "0", options: [], advanced: { is_key_prop: 0 } },
  { id: 9, name: "package_length", label: "Chiều dài gói hàng (cm)", input_type: "numeric", attribute_type: "sku", is_mandatory: "1", is_sale_prop: "0", options: [], advanced: { is_key_prop: 0 } },
  { id: 10, name: "package_width", label: "Chiều rộng gói hàng (cm)", input_type: "numeric", attribute_type: "sku", is_mandatory: "1", is_sale_prop: "0", options: [], advanced: { is_key_prop: 0 } },
  { id: 11, name: "package_height", label: "Chiều cao gói hàng (cm)", input_type: "numeric", attribute_type: "sku", is_mandatory: "1", is_sale_prop: "0", options: [], advanced: { is_key_prop: 0 } },
]

const FOOD_ATTRIBUTES: AttributeFixture[] = [
  {
    id: 20,
    name: "net_weight",
    label: "Khối lượng tịnh",
    input_type: "enumInput",
    attribute_type: "sku",
    is_mandatory: "0",
    is_sale_prop: "1",
    options: [
      { id: 201, name: "100 g", en_name: "100 g" },
      { id: 202, name: "300 g", en_name: "300 g" },
      { id: 203, name: "500 g", en_name: "500 g" },
    ],
    advanced: { is_key_prop: 0 },
  },
  { id: 21, name: "shelf_life", label: "Hạn sử dụng", input_type: "text", attribute_type: "normal", is_mandatory: "0", is_sale_prop: "0", options: [], advanced: { is_key_prop: 0 } },
  { id: 22, name: "country_origin_hb", label: "Xuất xứ", input_type: "singleSelect", attribute_type: "normal", is_mandatory: "0", is_sale_prop: "0", options: [{ id: 221, name: "Việt Nam", en_name: "Vietnam" }], advanced: { is_key_prop: 0 } },
]

export function attributesFor(categoryId: number): AttributeFixture[] {
  return categoryId === 10000301 ? COMMON_ATTRIBUTES : [...COMMON_ATTRIBUTES, ...FOOD_ATTRIBUTES]
}

export type BrandFixture = { brand_id: number; name: string; name_en: string; global_identifier: string }

const NAMED_BRANDS: BrandFixture[] = [
  { brand_id: 1, name: "No Brand", name_en: "No Brand", global_identifier: "no_brand" },
  { brand_id: 30001, name: "Trà Shan Tuyết Phja Đén", name_en: "Phja Den Shan Tea", global_identifier: "phja_den_shan_tea" },
  { brand_id: 30002, name: "Miến Dong Phia Đén", name_en: "Phia Den Vermicelli", global_identifier: "phia_den_vermicelli" },
  { brand_id: 30003, name: "Mật Ong Bảo Lạc", name_en: "Bao Lac Honey", global_identifier: "bao_lac_honey" },
]

/** 45 brands in all, so paging (startRow/pageSize) has several pages. */
export const BRANDS: BrandFixture[] = [
  ...NAMED_BRANDS,
  ...Array.from({ length: 41 }, (_, index) => ({
    brand_id: 40001 + index,
    name: `Thương hiệu ${String(index + 1).padStart(2, "0")}`,
    name_en: `Brand ${String(index + 1).padStart(2, "0")}`,
    global_identifier: `brand_${index + 1}`,
  })),
]

export type OrderItemSeed = { sellerSku: string; name: string; price: number; status: string; paidPrice?: number }
export type OrderSeed = { orderId: string; createdAt: number; updatedAt?: number; paymentMethod?: string; shippingFee?: number; items: OrderItemSeed[] }

/** Three orders around `now`, one unit per order item as Lazada lists them. */
export function defaultOrders(now: number): OrderSeed[] {
  const day = 86_400_000
  return [
    {
      orderId: "470000000000001",
      createdAt: now - 3 * day,
      paymentMethod: "COD",
      items: [
        { sellerSku: "OCOP-CB-TRA-300", name: "Trà Shan Tuyết Phja Đén hộp 300 g", price: 180_000, status: "delivered" },
        { sellerSku: "OCOP-CB-TRA-300", name: "Trà Shan Tuyết Phja Đén hộp 300 g", price: 180_000, status: "delivered" },
      ],
    },
    {
      orderId: "470000000000002",
      createdAt: now - 2 * day,
      paymentMethod: "COD",
      items: [{ sellerSku: "OCOP-CB-MIEN-500", name: "Miến dong Phia Đén gói 500 g", price: 65_000, status: "pending" }],
    },
    {
      orderId: "470000000000003",
      createdAt: now - 1 * day,
      paymentMethod: "MIXEDCARD",
      items: [
        { sellerSku: "OCOP-CB-MATONG-500", name: "Mật ong Bảo Lạc chai 500 ml", price: 250_000, status: "canceled" },
        { sellerSku: "OCOP-CB-TRA-300", name: "Trà Shan Tuyết Phja Đén hộp 300 g", price: 180_000, status: "ready_to_ship" },
      ],
    },
  ]
}
