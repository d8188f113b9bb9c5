import { describe, expect, it } from "vitest"
import type { ChannelProduct } from "../../../src/channels/core/source"
import { loadCategoryTable } from "../../../src/channels/mapping/category-table"
import { canonicalJson, contentHash } from "../../../src/channels/mapping/content-hash"
import { applyShopeeItemLimit, loadPlatformLimits } from "../../../src/channels/mapping/limits"
import { buildPlan, refusalLines, summarisePlan, type PlanEntry, type PlanOptions } from "../../../src/channels/mapping/plan"
import { banhKhao, mienDong, ruouNgo, variant } from "./fixtures"

const table = loadCategoryTable()
const limits = loadPlatformLimits()
const options: PlanOptions = { table, limits }

function only(products: ChannelProduct[], extra: Partial<PlanOptions> = {}, platform: "shopee" | "lazada" = "shopee"): PlanEntry {
  const [entry] = buildPlan(products, { ...options, ...extra, platforms: [platform] })
  if (!entry) throw new Error("no plan entry")
  return entry
}

const fields = (entry: PlanEntry) => entry.problems.map((p) => p.field)

describe("dry-run plan", () => {
  it("plans a create with a complete Shopee draft", () => {
    const entry = only([banhKhao()])
    expect(entry).toMatchObject({ platform: "shopee", productId: "prod_bkph", sku: "PHUCHOA-BK-500G", action: "create", problems: [], claim: "shown" })
    if (entry.platform !== "shopee" || !entry.payload) throw new Error("expected a Shopee draft")
    expect(entry.payload.body).toMatchObject({
      item_name: "Bánh khảo Phục Hòa hộp 500 g – OCOP 4 sao Cao Bằng",
      original_price: 46_000,
      seller_stock: [{ stock: 120 }],
      weight: 0.56,
      category_id: 100871,
      item_status: "NORMAL",
      brand: { brand_id: 0, original_brand_name: "No Brand" },
      dimension: { package_length: 20, package_width: 13, package_height: 6 },
    })
    expect(entry.payload.imageUrls).toEqual(banhKhao().images)
    // Category ids in the shipped table are placeholders: said, not refused.
    expect(entry.warnings.map((w) => w.field)).toContain("category")
  })

  it("plans a multi-pack product as one listing with a model per SKU", () => {
    const shopee = only([mienDong()])
    expect(shopee.sku).toBe("TVA-MDG")
    expect(shopee.skus.map((s) => [s.sku, s.priceVnd, s.stock])).toEqual([
      ["TVA-MDG-500G", 55_000, 180],
      ["TVA-MDG-1KG", 105_000, 120],
    ])
    if (shopee.platform !== "shopee" || !shopee.payload) throw new Error("expected a Shopee draft")
    expect(shopee.payload.variationName).toBe("Quy cách")
    expect(shopee.payload.body.weight).toBe(1.06)
    const lazada = only([mienDong()], {}, "lazada")
    if (lazada.platform !== "lazada" || !lazada.payload) throw new Error("expected a Lazada draft")
    expect(lazada.payload.payload.Request.Product.Skus.Sku).toEqual([
      { SellerSku: "TVA-MDG-500G", price: 55_000, quantity: 180, package_weight: 0.54, package_length: 30, package_width: 20, package_height: 5, variation: "Gói 500 g" },
      { SellerSku: "TVA-MDG-1KG", price: 105_000, quantity: 120, package_weight: 1.06, package_length: 35, package_width: 25, package_height: 7, variation: "Túi 1 kg" },
    ])
  })

  it("applies each platform's price and stock rules", () => {
    const plan = buildPlan([banhKhao({ variants: [variant({ priceVnd: 45_000, stock: 10 })] })], {
      ...options,
      priceRules: { shopee: { multiplier: 1.1, offset: 5_000 } },
      stockRules: { lazada: { reserve: 4 } },
    })
    expect(plan.map((e) => [e.platform, e.skus[0]?.priceVnd, e.skus[0]?.stock])).toEqual([
      ["shopee", 55_000, 10],
      ["lazada", 45_000, 6],
    ])
  })

  it("refuses a product without an image, and says why", () => {
    const entry = only([banhKhao({ images: [] })])
    expect(entry.action).toBe("skip")
    expect(fields(entry)).toEqual(expect.arrayContaining(["images", "image"]))
    expect(refusalLines([entry])[0]).toMatch(/^shopee PHUCHOA-BK-500G: .*Chưa có ảnh/)
  })

  it("refuses pictures neither platform takes (the seed's SVG samples), on both platforms", () => {
    const svg = banhKhao({ images: ["http://localhost:9000/static/banh-khao.svg", "https://cdn.example.vn/bkph/1.jpg?w=800"] })
    const plan = buildPlan([svg], { ...options, platforms: ["shopee", "lazada"] })
    expect(plan.map((entry) => [entry.platform, entry.action])).toEqual([
      ["shopee", "skip"],
      ["lazada", "skip"],
    ])
    expect(refusalLines(plan).join("\n")).toMatch(/JPG hoặc PNG: banh-khao\.svg/)
    expect(refusalLines(plan).join("\n")).not.toMatch(/1\.jpg/)
  })

  it("refuses a name that cannot fit and one that is too short", () => {
    const long = only([banhKhao({ title: "Bánhkhảonhânđườngphêntruyềnthốngcủađồngbàoáyhụcòabánhkhảonhânđườngphêntruyềnthốngcủađồngbàoáyhụcòa" })], {
      limits: { ...limits, shopee: { ...limits.shopee, itemNameLength: { min: 10, max: 40 } } },
    })
    // A name with no word boundary inside the limit is refused rather than cut mid-word.
    expect(long.action).toBe("skip")
    expect(long.problems.find((p) => p.field === "item_name")?.message).toMatch(/cần 10–40/)
    const short = only([banhKhao({ title: "Chè", certificate: null, variants: [variant({ title: "Default" })] })])
    expect(fields(short)).toContain("item_name")
    expect(short.problems.find((p) => p.field === "item_name")?.message).toMatch(/Tên dài 3 ký tự/)
  })

  it("refuses an unmapped category", () => {
    const entry = only([banhKhao({ categoryKey: "dong_vat_canh" })])
    expect(entry).toMatchObject({ action: "skip", payload: null })
    expect(entry.problems[0]?.message).toMatch(/không đăng lên shopee/)
    const unknown = only([banhKhao({ categoryKey: "khong_co_trong_bang" })], {}, "lazada")
    expect(unknown.problems[0]?.message).toMatch(/chưa có ngành hàng lazada/)
  })

  it("refuses sample products unless allowed", () => {
    expect(fields(only([banhKhao({ isSample: true })]))).toEqual(["isSample"])
    expect(only([banhKhao({ isSample: true })], { allowSample: true }).action).toBe("create")
  })

  it("checks Lazada SKU charset, package size and weight", () => {
    const entry = only([banhKhao({ variants: [variant({ sku: "BÁNH KHẢO/500", weightGrams: null, heightCm: null })] })], {}, "lazada")
    expect(fields(entry)).toEqual(expect.arrayContaining(["Skus[BÁNH KHẢO/500].SellerSku", "Skus[BÁNH KHẢO/500].package_weight", "Skus[BÁNH KHẢO/500].package_size"]))
  })

  it("refuses a weightless item for Shopee and a price outside the fetched limit", () => {
    const shopeeLimits = applyShopeeItemLimit(limits.shopee, { price_limit: { min_limit: 50_000, max_limit: 5_000_000 }, dimension_limit: { dimension_mandatory: true } })
    const entry = only([banhKhao({ variants: [variant({ weightGrams: 0, lengthCm: null })] })], { limits: { ...limits, shopee: shopeeLimits } })
    expect(fields(entry)).toEqual(expect.arrayContaining(["weight", "price[PHUCHOA-BK-500G]", "dimension"]))
  })

  it("strips the claim from an expired certificate and still lists", () => {
    const base = banhKhao()
    const expired = banhKhao({ certificate: base.certificate ? { ...base.certificate, status: "expired" } : null })
    const entry = only([expired])
    expect(entry).toMatchObject({ action: "create", claim: "stripped" })
    if (entry.platform !== "shopee" || !entry.payload) throw new Error("expected a Shopee draft")
    expect(JSON.stringify(entry.payload.body)).not.toMatch(/OCOP|125\/GCN/)
  })

  it("unlists an already listed product whose certificate was revoked, under the unlist policy", () => {
    const base = ruouNgo()
    const revoked = ruouNgo({ certificate: base.certificate ? { ...base.certificate, status: "revoked" } : null })
    const listed = only([ruouNgo()])
    const previous = listed.hashes ? { hashes: listed.hashes, listed: true } : undefined
    const entry = only([revoked], { claimPolicy: { onInvalidCertificate: "unlist" }, previous: () => previous })
    expect(entry.action).toBe("unlist")
    if (entry.platform !== "shopee" || !entry.payload) throw new Error("expected a Shopee draft")
    expect(entry.payload.body.item_status).toBe("UNLIST")
    expect(entry.skus.every((s) => s.stock === 0)).toBe(true)
    const never = only([revoked], { claimPolicy: { onInvalidCertificate: "unlist" } })
    expect(never).toMatchObject({ action: "skip", reason: expect.stringContaining("revoked") })
  })

  it("skips unchanged listings and updates only what changed", () => {
    const first = only([mienDong()])
    if (!first.hashes) throw new Error("expected hashes")
    const previous = { hashes: first.hashes, listed: true }
    expect(only([mienDong()], { previous: () => previous })).toMatchObject({ action: "skip", reason: expect.stringContaining("unchanged") })
    const cheaper = mienDong({ variants: [variant({ variantId: "v_md_500", sku: "TVA-MDG-500G", title: "Gói 500 g", priceVnd: 50_000, stock: 180, weightGrams: 540, lengthCm: 30, widthCm: 20, heightCm: 5 }), ...mienDong().variants.slice(1)] })
    expect(only([cheaper], { previous: () => previous })).toMatchObject({ action: "update", changed: { content: false, price: true, stock: false } })
    const renamed = mienDong({ title: "Miến dong đặc sản Tân Việt Á" })
    expect(only([renamed], { previous: () => previous })).toMatchObject({ action: "update", changed: { content: true, price: false, stock: false } })
  })

  it("counts a plan", () => {
    const plan = buildPlan([banhKhao(), banhKhao({ productId: "x", isSample: true })], options)
    expect(summarisePlan(plan)).toEqual({ create: 2, update: 0, skip: 2, unlist: 0, refused: 2 })
  })
})

describe("content hash", () => {
  it("does not depend on key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: "é" } })).toBe('{"a":{"c":"é","d":[1,{"x":1,"y":2}]},"b":1}')
    expect(contentHash({ a: 1, b: [1, 2] })).toBe(contentHash({ b: [1, 2], a: 1 }))
    expect(contentHash({ a: 1, b: [1, 2] })).not.toBe(contentHash({ a: 1, b: [2, 1] }))
  })

  it("is stable across runs and variant order, and moves the price hash only when a price moves", () => {
    const a = only([mienDong()]).hashes
    const reordered = only([mienDong({ variants: [...mienDong().variants].reverse() })]).hashes
    expect(a?.price).toBe(reordered?.price)
    expect(a?.stock).toBe(reordered?.stock)
    const pricier = only([mienDong()], { priceRules: { shopee: { offset: 10_000 } } }).hashes
    expect(pricier?.price).not.toBe(a?.price)
    expect(pricier?.content).toBe(a?.content)
    expect(pricier?.stock).toBe(a?.stock)
    expect(a?.content).toMatch(/^[0-9a-f]{64}$/)
  })
})
