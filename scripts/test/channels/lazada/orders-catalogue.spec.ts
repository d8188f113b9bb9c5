import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { LazadaApiError } from "../../../src/channels/lazada"
import { START, startHarness, teaPayload, type Harness } from "./harness"

let h: Harness
afterEach(() => h.close())

describe("Lazada orders", () => {
  beforeEach(async () => {
    h = await startHarness()
  })

  it("gets orders created after a date with their statuses", async () => {
    const page = await h.client.getOrders({ createdAfter: new Date(START - 7 * 86_400_000), limit: 100 })
    expect(page.countTotal).toBe(3)
    expect(page.orders.map((order) => order.orderId)).toEqual(["470000000000003", "470000000000002", "470000000000001"])
    const first = page.orders.find((order) => order.orderId === "470000000000001")
    expect(first).toMatchObject({ statuses: ["delivered"], price: 360_000, itemsCount: 2, paymentMethod: "COD" })
    const call = h.server.state.callsTo("/orders/get")[0]
    expect(call.params.created_after).toBe("2025-05-25T07:00:00+07:00")
  })

  it("filters by status and pages with offset", async () => {
    const pending = await h.client.getOrders({ createdAfter: new Date(START - 7 * 86_400_000), status: "pending" })
    expect(pending.orders.map((order) => order.orderId)).toEqual(["470000000000002"])
    const seen: string[] = []
    for await (const order of h.client.allOrders({ createdAfter: new Date(START - 7 * 86_400_000), limit: 2 })) seen.push(order.orderId)
    expect(seen).toEqual(["470000000000001", "470000000000002", "470000000000003"])
    expect(h.server.state.callsTo("/orders/get").slice(1).map((call) => call.params.offset)).toEqual(["0", "2"])
  })

  it("needs created_after or update_after and a limit ≤ 100", async () => {
    await expect(h.client.getOrders({})).rejects.toMatchObject({ code: "invalid_argument" })
    await expect(h.client.getOrders({ createdAfter: "2025-01-01T00:00:00+07:00", limit: 101 })).rejects.toMatchObject({ field: "limit" })
    const error = await h.client.getOrders({ createdAfter: "yesterday" }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(LazadaApiError)
    expect(error instanceof LazadaApiError && error.code).toBe("17")
  })

  it("gets the items of an order, one entry per unit, linked to the listing", async () => {
    await h.client.createProduct(teaPayload(["OCOP-CB-TRA-300"]))
    const items = await h.client.getOrderItems("470000000000001")
    expect(items).toHaveLength(2)
    expect(items[0]).toMatchObject({ orderId: "470000000000001", sellerSku: "OCOP-CB-TRA-300", itemPrice: 180_000, status: "delivered", currency: "VND" })
    expect(items[0].skuId).not.toBe("")
    const error = await h.client.getOrderItems("1").catch((caught: unknown) => caught)
    expect(error instanceof LazadaApiError && [error.code, error.field]).toEqual(["16", "order_id"])
  })
})

describe("Lazada categories, brands and images", () => {
  beforeEach(async () => {
    h = await startHarness({ seedTokens: true })
  })

  it("reads the category tree and a leaf's attributes without a token", async () => {
    const unauthorised = await startHarness({ seedTokens: false })
    try {
      const tree = await unauthorised.client.getCategoryTree()
      const tea = tree.flatMap((node) => node.children).find((node) => node.name === "Trà")
      expect(tea).toMatchObject({ categoryId: 10000101, leaf: true })
      const attributes = await unauthorised.client.getCategoryAttributes(10000101)
      expect(attributes.find((attribute) => attribute.name === "name")).toMatchObject({ isMandatory: true, isSaleProp: false })
      expect(attributes.find((attribute) => attribute.name === "net_weight")?.isSaleProp).toBe(true)
      await expect(unauthorised.client.getCategoryAttributes(10000100)).rejects.toMatchObject({ code: "57" })
      expect(unauthorised.server.state.calls.every((call) => call.code === "0" || call.code === "57")).toBe(true)
    } finally {
      await unauthorised.close()
    }
  })

  it("pages through brands", async () => {
    const page = await h.client.getBrandPage(0, 20)
    expect(page.brands[0]).toMatchObject({ brandId: 1, name: "No Brand" })
    expect(page.totalRecord).toBe(45)
    const all: number[] = []
    for await (const brand of h.client.allBrands(20)) all.push(brand.brandId)
    expect(all).toHaveLength(45)
    expect(h.server.state.callsTo("/category/brands/query").map((call) => call.params.startRow)).toEqual(["0", "0", "20", "40"])
  })

  it("migrates images in batches of 8, polls the batch and maps results to source URLs", async () => {
    const urls = Array.from({ length: 10 }, (_, index) => `https://ocop.example.vn/img/${index}.jpg`)
    urls[3] = "http://192.168.1.5/private.jpg"
    const result = await h.client.migrateImages(urls)
    expect(h.server.state.callsTo("/images/migrate")).toHaveLength(2)
    expect(result.failed).toEqual([{ sourceUrl: urls[3], message: "E302: Not supported URL" }])
    expect(result.migrated).toHaveLength(9)
    expect(result.migrated.map((image) => image.sourceUrl)).toEqual(urls.filter((_, index) => index !== 3))
    expect(result.migrated.every((image) => image.url.includes(".slatic.net/"))).toBe(true)
    // The batch is empty until 0.5 s (server clock) have passed: the client waited before reading it.
    expect(h.server.state.callsTo("/image/response/get")).toHaveLength(2)
    const created = await h.client.createProduct({ ...teaPayload(["IMG-1"]), Request: { Product: { ...teaPayload(["IMG-1"]).Request.Product, Images: { Image: result.migrated.slice(0, 8).map((image) => image.url) } } } })
    expect(h.server.state.products.get(created.itemId)?.images).toHaveLength(8)
  })

  it("uploads an image file as multipart, unsigned", async () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4])
    const uploaded = await h.client.uploadImage(jpeg, "tra.jpg")
    expect(uploaded.url).toMatch(/slatic\.net\/p\/[0-9a-f]{32}\.jpg$/)
    await expect(h.client.uploadImage(new Uint8Array([1, 2, 3]), "x.gif", "image/gif")).rejects.toMatchObject({ code: "5" })
  })
})
