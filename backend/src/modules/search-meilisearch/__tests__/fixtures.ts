import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError, search } from "@medusajs/framework/utils"
import { expect } from "vitest"

/**
 * A product index shaped like the OCOP catalogue's: Vietnamese text with a
 * folded title copy, the store scoping fields, OCOP facets, a price and a
 * certificate expiry date.
 */
export const productFields = search.define({
  id: search.keyword().filterable(),
  title: search.text().searchable({ weight: 5 }).sortable(),
  title_ascii: search.text().searchable({ weight: 4 }).retrievable(false),
  subtitle: search.text().searchable({ weight: 2 }),
  producer_name: search.text().searchable({ weight: 2 }),
  description: search.text().searchable(),
  handle: search.keyword().filterable(),
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  stars: search.integer().filterable().sortable().facetable({ types: ["value", "range"] }),
  group: search.keyword().filterable().facetable(),
  district: search.keyword().filterable().facetable(),
  producer_type: search.keyword().filterable().facetable(),
  price: search.float().filterable().sortable().facetable({ types: ["range", "stats"] }),
  in_stock: search.boolean().filterable().facetable(),
  certificate_valid_until: search.date().filterable().sortable().facetable(),
  created_at: search.date().sortable(),
  tags: search.keyword().array().filterable().facetable(),
})

export function productDefinition(
  overrides: Partial<SearchTypes.ResolvedSearchIndexDefinition> = {}
): SearchTypes.ResolvedSearchIndexDefinition {
  return {
    name: "product",
    entity: "product",
    primary_key: "id",
    provider: "meilisearch",
    fields: productFields.toFields(),
    settings: {},
    definition_hash: "fixture",
    physical_name: "product_v1",
    seed: async function* () {
      yield []
    },
    ...overrides,
  }
}

/** Retrievable paths of the fixture, as the Search Module would pass them. */
export const RETRIEVABLE = [
  "id",
  "title",
  "subtitle",
  "producer_name",
  "description",
  "handle",
  "status",
  "sales_channel_ids",
  "stars",
  "group",
  "district",
  "producer_type",
  "price",
  "in_stock",
  "certificate_valid_until",
  "created_at",
  "tags",
]

export function providerQuery(
  query: Partial<SearchTypes.ProviderSearchQuery> = {},
  index: SearchTypes.ResolvedSearchIndexDefinition = productDefinition()
): SearchTypes.ProviderSearchQuery {
  return {
    index,
    attributes_to_retrieve: ["id", "title", "price"],
    pagination: { skip: 0, take: 20 },
    search_options: {},
    ...query,
  }
}

/** A few Cao Bằng products, with Vietnamese diacritics and đ. */
export const PRODUCTS: SearchTypes.SearchDocument[] = [
  {
    id: "prod_banh_khao",
    title: "Bánh khảo Trùng Khánh",
    title_ascii: "banh khao trung khanh",
    subtitle: "Bánh truyền thống",
    producer_name: "HTX Bánh khảo Đình Phong",
    description: "Bánh khảo làm từ gạo nếp, đường phên",
    handle: "banh-khao-trung-khanh",
    status: "published",
    sales_channel_ids: ["sc_store"],
    stars: 4,
    group: "food",
    district: "Trùng Khánh",
    producer_type: "cooperative",
    price: 85000,
    in_stock: true,
    certificate_valid_until: "2027-06-30T00:00:00.000Z",
    created_at: "2025-01-10T00:00:00.000Z",
    tags: ["tet", "gift"],
  },
  {
    id: "prod_nam_huong",
    title: "Nấm hương Cao Bằng",
    title_ascii: "nam huong cao bang",
    subtitle: "Nấm rừng sấy khô",
    producer_name: "Hộ kinh doanh Hoàng Văn Nam",
    description: "Nấm hương rừng, phơi khô tự nhiên",
    handle: "nam-huong-cao-bang",
    status: "published",
    sales_channel_ids: ["sc_store"],
    stars: 3,
    group: "food",
    district: "Nguyên Bình",
    producer_type: "household",
    price: 320000,
    in_stock: true,
    certificate_valid_until: "2026-03-31T00:00:00.000Z",
    created_at: "2025-02-01T00:00:00.000Z",
    tags: ["dried"],
  },
  {
    id: "prod_mien_dong",
    title: "Miến dong Nguyên Bình",
    title_ascii: "mien dong nguyen binh",
    subtitle: "Miến làm từ củ dong riềng",
    producer_name: "HTX Miến dong Phja Đén",
    description: "Sợi miến dai, không chất tẩy trắng",
    handle: "mien-dong-nguyen-binh",
    status: "published",
    sales_channel_ids: ["sc_store", "sc_b2b"],
    stars: 4,
    group: "food",
    district: "Nguyên Bình",
    producer_type: "cooperative",
    price: 60000,
    in_stock: false,
    certificate_valid_until: "2027-12-31T00:00:00.000Z",
    created_at: "2025-03-05T00:00:00.000Z",
    tags: ["dried", "gift"],
  },
  {
    id: "prod_dau_do",
    title: "Đậu đỏ Hà Quảng",
    title_ascii: "dau do ha quang",
    subtitle: "Đậu đỏ hạt nhỏ",
    producer_name: "Tổ hợp tác Đậu đỏ Hà Quảng",
    description: "Đậu đỏ trồng trên nương",
    handle: "dau-do-ha-quang",
    status: "published",
    sales_channel_ids: ["sc_store"],
    stars: 3,
    group: "food",
    district: "Hà Quảng",
    producer_type: "cooperative",
    price: 45000,
    in_stock: true,
    certificate_valid_until: "2026-09-30T00:00:00.000Z",
    created_at: "2025-03-20T00:00:00.000Z",
    tags: [],
  },
  {
    id: "prod_khan_tho_cam",
    title: "Khăn thổ cẩm Tày",
    title_ascii: "khan tho cam tay",
    subtitle: "Dệt tay",
    producer_name: "HTX Dệt thổ cẩm Bảo Lạc",
    description: "Khăn dệt thủ công, hoa văn truyền thống",
    handle: "khan-tho-cam-tay",
    status: "draft",
    sales_channel_ids: ["sc_store"],
    stars: 5,
    group: "handicraft",
    district: "Bảo Lạc",
    producer_type: "cooperative",
    price: 250000,
    in_stock: true,
    certificate_valid_until: "2028-01-31T00:00:00.000Z",
    created_at: "2025-04-01T00:00:00.000Z",
    tags: ["gift"],
  },
]

/** Runs `run` and checks it throws a MedusaError of `type` whose message matches. */
export function expectMedusaError(run: () => unknown, type: string, message: RegExp): void {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(MedusaError)
    expect((error as MedusaError).type).toBe(type)
    expect((error as MedusaError).message).toMatch(message)
    return
  }
  throw new Error("expected a MedusaError")
}
