import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { LazadaApiError, lazadaProductPayloadProblems, sendLazada } from "../../../src/channels/lazada"
import type { LazadaPriceQuantitySku } from "../../../src/channels/lazada"
import { startHarness, teaPayload, type Harness } from "./harness"

let h: Harness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

/** A raw signed call with an arbitrary payload, to check what the server refuses. */
async function rawCreate(payload: unknown): Promise<LazadaApiError> {
  const token = await h.client.tokens.accessToken()
  try {
    await sendLazada(h.client.config, { path: "/product/create", method: "POST", params: { payload: JSON.stringify(payload) } }, token)
  } catch (error) {
    if (error instanceof LazadaApiError) return error
    throw error
  }
  throw new Error("expected a refusal")
}

describe("Lazada products against the contract server", () => {
  it("creates a product and returns item_id and the SKU list", async () => {
    const created = await h.client.createProduct(teaPayload(["OCOP-CB-TRA-100", "OCOP-CB-TRA-300"]))
    expect(created.itemId).toBeGreaterThan(0)
    expect(created.recovered).toBe(false)
    expect(created.skus.map((sku) => sku.sellerSku)).toEqual(["OCOP-CB-TRA-100", "OCOP-CB-TRA-300"])
    expect(created.skus.every((sku) => sku.skuId !== null && sku.shopSku?.startsWith(`${created.itemId}_`))).toBe(true)
    const stored = h.server.state.products.get(created.itemId)
    expect(stored?.attributes.name).toBe("Trà Shan Tuyết Phja Đén – OCOP 4 sao")
    expect(stored?.skus[1].saleProp).toEqual({ net_weight: "101 g" })
    // The payload travelled as a form parameter and was signed with it.
    expect(h.server.state.callsTo("/product/create")[0].params.payload).toContain("Phja Đén")
  })

  it("surfaces per-SKU refusals from detail (duplicate SellerSku is refused)", async () => {
    await h.client.createProduct(teaPayload(["OCOP-CB-TRA-300"]))
    const error = await h.client.createProduct(teaPayload(["OCOP-CB-TRA-500", "OCOP-CB-TRA-300"])).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(LazadaApiError)
    if (!(error instanceof LazadaApiError)) return
    expect(error.code).toBe("500")
    expect(error.retryable).toBe(false)
    expect(error.details).toEqual([expect.objectContaining({ sellerSku: "OCOP-CB-TRA-300", field: "SellerSku" })])
    expect(h.server.state.findSku("OCOP-CB-TRA-500")).toBeNull()
  })

  it("refuses payloads whose Image/Sku are not arrays, and missing mandatory fields", async () => {
    const good = teaPayload(["OCOP-X-1"])
    const imageNotArray = { Request: { Product: { ...good.Request.Product, Images: { Image: "https://vn-test-11.slatic.net/p/a.jpg" } } } }
    expect((await rawCreate(imageNotArray)).code).toBe("1001")
    const skuNotArray = { Request: { Product: { ...good.Request.Product, Skus: { Sku: good.Request.Product.Skus.Sku[0] } } } }
    expect((await rawCreate(skuNotArray)).code).toBe("1001")
    const { PrimaryCategory: _dropped, ...noCategory } = good.Request.Product
    const missingCategory = await rawCreate({ Request: { Product: noCategory } })
    expect(missingCategory.code).toBe("1")
    expect(missingCategory.field).toBe("PrimaryCategory")
    const sku = good.Request.Product.Skus.Sku[0]
    const { price: _price, ...noPrice } = sku
    const missingPrice = await rawCreate({ Request: { Product: { ...good.Request.Product, Skus: { Sku: [noPrice] } } } })
    expect(missingPrice.details).toEqual([expect.objectContaining({ sellerSku: "OCOP-X-1", field: "price" })])
    const outerImage = await rawCreate({ Request: { Product: { ...good.Request.Product, Images: { Image: ["https://ocop.example.vn/tra.jpg"] } } } })
    expect(outerImage.details[0].message).toContain("4138")
    expect(h.server.state.products.size).toBe(0)
  })

  it("flags the same problems locally before any call (dry run)", () => {
    const payload = teaPayload(["A", "A"])
    payload.Request.Product.Skus.Sku[0].price = 0
    const problems = lazadaProductPayloadProblems(payload)
    expect(problems.some((problem) => problem.includes("price"))).toBe(true)
    expect(problems.some((problem) => problem.includes("repeats"))).toBe(true)
    expect(lazadaProductPayloadProblems(teaPayload(["B"]))).toEqual([])
  })

  it("updates a product by ItemId", async () => {
    const created = await h.client.createProduct(teaPayload(["OCOP-CB-TRA-300"]))
    const payload = teaPayload(["OCOP-CB-TRA-300"], { name: "Trà Shan Tuyết Phja Đén hộp giấy" })
    await h.client.updateProduct({ Request: { Product: { ...payload.Request.Product, ItemId: created.itemId } } })
    expect(h.server.state.products.get(created.itemId)?.attributes.name).toBe("Trà Shan Tuyết Phja Đén hộp giấy")
    h.server.faults.failSku("/product/update", "OCOP-CB-TRA-300", { field: "price", message: "4119 special price out of range" })
    const refused = await h.client.updateProduct({ Request: { Product: { ...payload.Request.Product, ItemId: created.itemId } } }).catch((caught: unknown) => caught)
    expect(refused).toBeInstanceOf(LazadaApiError)
    expect(refused instanceof LazadaApiError && refused.details).toEqual([{ sellerSku: "OCOP-CB-TRA-300", field: "price", message: "4119 special price out of range" }])
    expect(h.server.state.callsTo("/product/update")).toHaveLength(2)
  })

  it("splits 45 SKUs into 3 price_quantity calls of at most 20 and applies them", async () => {
    const sellerSkus = Array.from({ length: 45 }, (_, index) => `OCOP-CB-${String(index).padStart(2, "0")}`)
    for (let start = 0; start < 45; start += 15) await h.client.createProduct(teaPayload(sellerSkus.slice(start, start + 15)))
    const updates: LazadaPriceQuantitySku[] = sellerSkus.map((SellerSku, index) => ({ SellerSku, Quantity: 100 + index, Price: 200_000 }))
    const result = await h.client.updatePriceQuantity(updates)
    expect(result.calls).toBe(3)
    expect(result.failures).toEqual([])
    expect(result.updated).toHaveLength(45)
    const calls = h.server.state.callsTo("/product/price_quantity/update")
    const sizes = calls.map((call) => (JSON.parse(call.params.payload) as { Request: { Product: { Skus: { Sku: unknown[] } } } }).Request.Product.Skus.Sku.length)
    expect(sizes).toEqual([20, 20, 5])
    expect(h.server.state.findSku("OCOP-CB-44")?.sku.quantity).toBe(144)
    expect(h.server.state.findSku("OCOP-CB-00")?.sku.price).toBe(200_000)
  })

  it("the server refuses more than 50 SKUs in one price_quantity call", async () => {
    const token = await h.client.tokens.accessToken()
    const skus = Array.from({ length: 51 }, (_, index) => ({ SellerSku: `S${index}`, Quantity: 1 }))
    const error = await sendLazada(h.client.config, { path: "/product/price_quantity/update", method: "POST", params: { payload: JSON.stringify({ Request: { Product: { Skus: { Sku: skus } } } }) } }, token).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(LazadaApiError)
    expect(error instanceof LazadaApiError && error.code).toBe("204")
    await expect(h.client.updatePriceQuantity(skus, { batchSize: 51 })).rejects.toMatchObject({ code: "invalid_argument" })
  })

  it("collects per-SKU price_quantity failures while the rest of the batch is applied", async () => {
    await h.client.createProduct(teaPayload(["OK-1", "BAD-1", "OK-2"]))
    h.server.faults.failSku("/product/price_quantity/update", "BAD-1", { field: "Quantity", message: "4170 stock locked by campaign" })
    const result = await h.client.updatePriceQuantity([
      { SellerSku: "OK-1", Quantity: 7 },
      { SellerSku: "BAD-1", Quantity: 7 },
      { SellerSku: "OK-2", Quantity: 7 },
      { SellerSku: "MISSING-1", Quantity: 7 },
    ])
    expect(result.updated).toEqual(["OK-1", "OK-2"])
    expect(result.failures.map((failure) => failure.sellerSku).sort()).toEqual(["BAD-1", "MISSING-1"])
    expect(result.failures.find((failure) => failure.sellerSku === "BAD-1")?.field).toBe("Quantity")
    expect(h.server.state.findSku("OK-2")?.sku.quantity).toBe(7)
    expect(h.server.state.findSku("BAD-1")?.sku.quantity).not.toBe(7)
  })

  it("pages products (limit ≤ 50) and filters by SellerSku", async () => {
    for (let index = 0; index < 7; index++) await h.client.createProduct(teaPayload([`P-${index}`]))
    const first = await h.client.getProducts({ limit: 3, offset: 0 })
    expect(first.totalProducts).toBe(7)
    expect(first.products).toHaveLength(3)
    const all: number[] = []
    for await (const item of h.client.allProducts({ limit: 3 })) all.push(item.itemId)
    expect(new Set(all).size).toBe(7)
    expect(h.server.state.callsTo("/products/get").length).toBe(1 + 3)
    const found = await h.client.findProductBySellerSku("P-4")
    expect(found?.skus[0]).toMatchObject({ sellerSku: "P-4", quantity: 10, price: 180_000 })
    await expect(h.client.getProducts({ limit: 51 })).rejects.toMatchObject({ code: "invalid_argument", field: "limit" })
  })

  it("a second identical run that only reads makes zero write calls", async () => {
    await h.client.createProduct(teaPayload(["OCOP-CB-TRA-300"]))
    h.server.state.resetCalls()
    // What a sync does when nothing changed: look the listing up, write nothing.
    const existing = await h.client.findProductBySellerSku("OCOP-CB-TRA-300")
    expect(existing).not.toBeNull()
    expect(h.server.state.writeCalls()).toEqual([])
    expect(h.server.state.calls.length).toBe(1)
  })
})
