import { describe, expect, it } from "vitest"
import { decideClaim } from "../../../src/channels/mapping/certificate-policy"
import { loadCategoryTable, shopeeCategory, lazadaCategory } from "../../../src/channels/mapping/category-table"
import { finaliseLazadaProduct, lazadaPriceQuantityPayload, mapLazadaProduct } from "../../../src/channels/mapping/lazada-product"
import { applyShopeeItemLimit, loadPlatformLimits, parsePlatformLimits } from "../../../src/channels/mapping/limits"
import { DEFAULT_PRICE_RULE } from "../../../src/channels/mapping/price"
import { finaliseShopeeItem, mapShopeeItem, shopeeTierVariationBody } from "../../../src/channels/mapping/shopee-item"
import { banhKhao, mienDong } from "./fixtures"

const table = loadCategoryTable()
const limits = loadPlatformLimits()

function shopeeDraft(product = mienDong()) {
  const category = shopeeCategory(table, product.categoryKey)
  if (!category.ok) throw new Error("unmapped")
  return mapShopeeItem({ product, category: category.entry, claim: decideClaim(product), limits: limits.shopee, priceRule: DEFAULT_PRICE_RULE }).draft
}

describe("Shopee draft → add_item", () => {
  it("completes the body with uploaded image ids and logistics", () => {
    const draft = shopeeDraft(banhKhao())
    const body = finaliseShopeeItem(draft, { imageIds: ["img-1", "img-2"], logistics: [{ logistic_id: 50011, enabled: true }], locationId: "VNZ" })
    expect(body.image).toEqual({ image_id_list: ["img-1", "img-2"] })
    expect(body.logistic_info).toEqual([{ logistic_id: 50011, enabled: true }])
    expect(body.seller_stock).toEqual([{ location_id: "VNZ", stock: 120 }])
    expect(body.item_name).toBe(draft.body.item_name)
    expect(() => finaliseShopeeItem(draft, { imageIds: [], logistics: [{ logistic_id: 1, enabled: true }] })).toThrow(/image/)
    expect(() => finaliseShopeeItem(draft, { imageIds: ["a"], logistics: [{ logistic_id: 1, enabled: false }] })).toThrow(/logistics/)
  })

  it("builds init_tier_variation for several packs only", () => {
    expect(shopeeTierVariationBody(shopeeDraft(banhKhao()), 1)).toBeNull()
    expect(shopeeTierVariationBody(shopeeDraft(), 777)).toEqual({
      item_id: 777,
      tier_variation: [{ name: "Quy cách", option_list: [{ option: "Gói 500 g" }, { option: "Túi 1 kg" }] }],
      model: [
        { tier_index: [0], original_price: 55_000, model_sku: "TVA-MDG-500G", seller_stock: [{ stock: 180 }] },
        { tier_index: [1], original_price: 105_000, model_sku: "TVA-MDG-1KG", seller_stock: [{ stock: 120 }] },
      ],
    })
  })

  it("shortens the product prose, never the OCOP block, to fit the description limit", () => {
    const product = banhKhao({ description: "Bánh khảo thơm ngon. ".repeat(200) })
    const category = shopeeCategory(table, product.categoryKey)
    if (!category.ok) throw new Error("unmapped")
    const { draft, warnings } = mapShopeeItem({ product, category: category.entry, claim: decideClaim(product), limits: { ...limits.shopee, descriptionLength: { min: 10, max: 900 } }, priceRule: DEFAULT_PRICE_RULE })
    expect(Array.from(draft.body.description).length).toBeLessThanOrEqual(900)
    expect(draft.body.description).toContain("Số giấy chứng nhận: 125/GCN-OCOP")
    expect(draft.body.description).toMatch(/thơm ngon\.?$/)
    expect(warnings.map((w) => w.field)).toContain("description")
  })
})

describe("Lazada draft → product/create", () => {
  it("swaps source images for Lazada-hosted ones", () => {
    const product = banhKhao()
    const category = lazadaCategory(table, product.categoryKey)
    if (!category.ok) throw new Error("unmapped")
    const { draft } = mapLazadaProduct({ product, category: category.entry, claim: decideClaim(product), limits: limits.lazada, priceRule: DEFAULT_PRICE_RULE })
    expect(draft.payload.Request.Product.Images.Image).toEqual(product.images)
    const payload = finaliseLazadaProduct(draft, ["https://vn-live.slatic.net/p/1.jpg"], 42)
    expect(payload.Request.Product.Images.Image).toEqual(["https://vn-live.slatic.net/p/1.jpg"])
    expect(payload.Request.Product.ItemId).toBe(42)
    expect(payload.Request.Product.Attributes).toMatchObject({ brand: "No Brand", name: "Bánh khảo Phục Hòa hộp 500 g – OCOP 4 sao Cao Bằng" })
    expect(() => finaliseLazadaProduct(draft, [])).toThrow(/1–8/)
  })

  it("builds price_quantity/update payloads of at most 50 SKUs", () => {
    expect(lazadaPriceQuantityPayload([{ sku: "A", priceVnd: 46_000, stock: 3 }, { sku: "B", stock: 0 }])).toEqual({
      Request: { Product: { Skus: { Sku: [{ SellerSku: "A", Price: 46_000, Quantity: 3 }, { SellerSku: "B", Quantity: 0 }] } } },
    })
    expect(() => lazadaPriceQuantityPayload(Array.from({ length: 51 }, (_, i) => ({ sku: `S${i}`, stock: 1 })))).toThrow(RangeError)
  })
})

describe("platform limits", () => {
  it("takes get_item_limit over the defaults, keeping what it omits", () => {
    const merged = applyShopeeItemLimit(limits.shopee, {
      item_name_length_limit: { min_limit: 5, max_limit: 120 },
      stock_limit: { min_limit: 5, max_limit: 10_000_000 },
    })
    expect(merged.itemNameLength).toEqual({ min: 5, max: 120 })
    expect(merged.stock).toEqual({ min: 0, max: 10_000_000 })
    expect(merged.descriptionLength).toEqual(limits.shopee.descriptionLength)
  })

  it("rejects a malformed limits file with every problem named", () => {
    expect(() => parsePlatformLimits({ shopee: { item_name_length: { min: 10, max: 5 } }, lazada: {} }, "limits.json")).toThrow(
      /shopee\.item_name_length: min 10 is above max 5[\s\S]*lazada\.name_length/,
    )
  })
})
