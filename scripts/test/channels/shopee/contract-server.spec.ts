import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { manualClock } from "../../../src/channels/core/clock"
import { ORIGIN_ATTRIBUTE_ID, startShopeeContractServer, TINY_PNG, VIETNAM_VALUE_ID, type ShopeeContractServer } from "../../../src/channels/contract/shopee"
import { publicBaseString, shopBaseString, shopeeSign } from "../../../src/channels/shopee"
import { START_MS } from "./harness"

/**
 * The contract server on its own, driven with raw fetch: it must refuse what
 * Shopee refuses, so that client tests against it mean something.
 */
let server: ShopeeContractServer
let clock: ReturnType<typeof manualClock>

beforeEach(async () => {
  clock = manualClock(START_MS)
  server = await startShopeeContractServer({ clock })
})
afterEach(async () => {
  await server.close()
})

type Json = Record<string, unknown>
type Signed = { kind: "shop"; token?: string; tsOffset?: number; key?: string } | { kind: "public"; tsOffset?: number; key?: string } | { kind: "unsigned" }

function url(path: string, signed: Signed, extra: Record<string, string> = {}): string {
  const target = new URL(server.baseUrl + path)
  const ts = Math.floor(clock.nowMs() / 1000) + (signed.kind === "unsigned" ? 0 : (signed.tsOffset ?? 0))
  target.searchParams.set("partner_id", String(server.partnerId))
  target.searchParams.set("timestamp", String(ts))
  if (signed.kind === "shop") {
    const token = signed.token ?? server.initialTokens.accessToken
    target.searchParams.set("access_token", token)
    target.searchParams.set("shop_id", String(server.shopId))
    target.searchParams.set("sign", shopeeSign(signed.key ?? server.partnerKey, shopBaseString(server.partnerId, path, ts, token, server.shopId)))
  } else if (signed.kind === "public") {
    target.searchParams.set("sign", shopeeSign(signed.key ?? server.partnerKey, publicBaseString(server.partnerId, path, ts)))
  }
  for (const [key, value] of Object.entries(extra)) target.searchParams.set(key, value)
  return target.toString()
}

async function call(method: "GET" | "POST", path: string, signed: Signed, options: { query?: Record<string, string>; json?: unknown; form?: FormData } = {}): Promise<{ status: number; body: Json }> {
  const init: RequestInit = { method }
  if (options.form) init.body = options.form
  else if (options.json !== undefined) {
    init.body = JSON.stringify(options.json)
    init.headers = { "content-type": "application/json" }
  }
  const response = await fetch(url(path, signed, options.query), init)
  return { status: response.status, body: (await response.json()) as Json }
}

async function upload(): Promise<string> {
  const form = new FormData()
  form.append("image", new Blob([TINY_PNG], { type: "image/png" }), "a.png")
  const { body } = await call("POST", "/api/v2/media_space/upload_image", { kind: "public" }, { form })
  const response = body.response as { image_info: { image_id: string } }
  return response.image_info.image_id
}

function itemBody(imageId: string, overrides: Json = {}): Json {
  return {
    item_name: "Mật ong bạc hà Cao Bằng 500 ml",
    description: "Mật ong hoa bạc hà vùng cao nguyên đá, sản phẩm OCOP 3 sao, thu hoạch tự nhiên, không pha trộn, đóng chai thủy tinh 500 ml tại hợp tác xã.",
    original_price: 250_000,
    weight: 0.8,
    category_id: 100643,
    image: { image_id_list: [imageId] },
    logistic_info: [{ logistic_id: 5003, enabled: true }],
    attribute_list: [{ attribute_id: ORIGIN_ATTRIBUTE_ID, attribute_value_list: [{ value_id: VIETNAM_VALUE_ID }] }],
    ...overrides,
  }
}

describe("gateway checks", () => {
  it("answers the documented envelope with a request id on success", async () => {
    const { status, body } = await call("GET", "/api/v2/product/get_category", { kind: "shop" })
    expect(status).toBe(200)
    expect(body.error).toBe("")
    expect(body.request_id).toMatch(/^[0-9a-f]{32}$/)
    expect(Array.isArray((body.response as Json).category_list)).toBe(true)
  })

  it("refuses a missing sign, a wrong sign and a wrong key", async () => {
    const missing = await call("GET", "/api/v2/product/get_category", { kind: "unsigned" }, { query: { access_token: server.initialTokens.accessToken, shop_id: String(server.shopId) } })
    expect(missing.body).toMatchObject({ error: "error_param", message: "There is no sign in query." })
    const wrongKey = await call("GET", "/api/v2/product/get_category", { kind: "shop", key: "not-the-key" })
    expect(wrongKey.status).toBe(403)
    expect(wrongKey.body).toMatchObject({ error: "error_sign", message: "Wrong sign." })
    expect(wrongKey.body.request_id).toMatch(/^[0-9a-f]{32}$/)
    // A shop call signed with the public base string.
    const publicSigned = await call("GET", "/api/v2/product/get_category", { kind: "public" }, { query: { access_token: server.initialTokens.accessToken, shop_id: String(server.shopId) } })
    expect(publicSigned.body.error).toBe("error_sign")
  })

  it("accepts a timestamp up to 5 minutes off and refuses beyond", async () => {
    expect((await call("GET", "/api/v2/product/get_category", { kind: "shop", tsOffset: -299 })).body.error).toBe("")
    expect((await call("GET", "/api/v2/product/get_category", { kind: "shop", tsOffset: -301 })).body).toMatchObject({ error: "error_param", message: "Invalid timestamp" })
    expect((await call("GET", "/api/v2/product/get_category", { kind: "shop", tsOffset: 301 })).body.error).toBe("error_param")
  })

  it("expires access tokens after 4 hours", async () => {
    clock.advance(4 * 3600_000 - 1_000)
    expect((await call("GET", "/api/v2/product/get_category", { kind: "shop" })).body.error).toBe("")
    clock.advance(2_000)
    const { status, body } = await call("GET", "/api/v2/product/get_category", { kind: "shop" })
    expect(status).toBe(403)
    expect(body).toMatchObject({ error: "error_auth", message: "Invalid access_token." })
  })

  it("answers unknown paths with error_not_found", async () => {
    const { status, body } = await call("GET", "/api/v2/product/nope", { kind: "shop" })
    expect(status).toBe(404)
    expect(body.error).toBe("error_not_found")
  })
})

describe("token lifecycle", () => {
  it("issues a new pair on refresh, at the top level, and refuses the spent refresh token", async () => {
    const refresh = { shop_id: server.shopId, refresh_token: server.initialTokens.refreshToken, partner_id: server.partnerId }
    const first = await call("POST", "/api/v2/auth/access_token/get", { kind: "public" }, { json: refresh })
    expect(first.body).toMatchObject({ error: "", expire_in: 14_400, shop_id: server.shopId })
    expect(first.body.access_token).not.toBe(server.initialTokens.accessToken)
    expect(first.body.refresh_token).not.toBe(server.initialTokens.refreshToken)
    expect(first.body.response).toBeUndefined()

    const again = await call("POST", "/api/v2/auth/access_token/get", { kind: "public" }, { json: refresh })
    expect(again.body).toMatchObject({ error: "error_param", message: "Invalid refresh_token." })

    const next = await call("POST", "/api/v2/auth/access_token/get", { kind: "public" }, { json: { ...refresh, refresh_token: first.body.refresh_token } })
    expect(next.body.error).toBe("")
  })

  it("refuses a refresh signed as a shop call", async () => {
    const json = { shop_id: server.shopId, refresh_token: server.initialTokens.refreshToken, partner_id: server.partnerId }
    const { body } = await call("POST", "/api/v2/auth/access_token/get", { kind: "shop" }, { json })
    expect(body.error).toBe("error_sign")
    expect(server.state.isRefreshTokenUsed(server.initialTokens.refreshToken)).toBe(false)
  })
})

describe("image upload", () => {
  it("needs the multipart field named image", async () => {
    const wrongField = new FormData()
    wrongField.append("file", new Blob([TINY_PNG], { type: "image/png" }), "a.png")
    expect((await call("POST", "/api/v2/media_space/upload_image", { kind: "public" }, { form: wrongField })).body).toMatchObject({ error: "product.error_param", message: "can't find image file" })
    const asJson = await call("POST", "/api/v2/media_space/upload_image", { kind: "public" }, { json: { image: "https://example.com/a.png" } })
    expect(asJson.body.message).toBe("can't find image file")
    expect(server.state.images.size).toBe(0)
    expect(await upload()).toMatch(/^vn-11134207-/)
    expect(server.state.images.size).toBe(1)
  })
})

describe("items", () => {
  it("assigns item ids and records writes", async () => {
    const imageId = await upload()
    const added = await call("POST", "/api/v2/product/add_item", { kind: "shop" }, { json: itemBody(imageId) })
    expect(added.body.error).toBe("")
    const itemId = (added.body.response as Json).item_id
    expect(typeof itemId).toBe("number")
    expect(server.state.items.get(Number(itemId))?.models.get(0)).toEqual({ model_id: 0, original_price: 250_000, stock: 0 })
    expect(server.state.writeCalls().map((entry) => entry.path)).toEqual(["/api/v2/media_space/upload_image", "/api/v2/product/add_item"])
    await call("GET", "/api/v2/product/get_item_list", { kind: "shop" }, { query: { offset: "0", page_size: "10", item_status: "NORMAL" } })
    expect(server.state.writeCalls()).toHaveLength(2)
    expect(server.state.calls.at(-1)).toMatchObject({ path: "/api/v2/product/get_item_list", write: false, error: "" })
  })

  it.each([
    ["item_name", { item_name: undefined }, "invalid field ItemName: value must Not Null"],
    ["description", { description: undefined }, "invalid field Description: value must Not Null"],
    ["original_price (decimal)", { original_price: 250_000.5 }, "invalid field OriginalPrice: price of this region should be an integer"],
    ["weight", { weight: undefined }, "invalid field Weight: value must Not Null"],
    ["category_id", { category_id: undefined }, "invalid field CategoryId: value must Not Null"],
    ["image", { image: undefined }, "invalid field Image: value must Not Null"],
    ["logistic_info", { logistic_info: undefined }, "invalid field LogisticInfo: value must Not Null"],
  ])("validates %s", async (_name, overrides, message) => {
    const { body } = await call("POST", "/api/v2/product/add_item", { kind: "shop" }, { json: itemBody(await upload(), overrides) })
    expect(body).toMatchObject({ error: "product.error_param", message })
    expect(server.state.items.size).toBe(0)
  })

  it("refuses a parent category, an unknown image and a duplicate", async () => {
    const imageId = await upload()
    expect((await call("POST", "/api/v2/product/add_item", { kind: "shop" }, { json: itemBody(imageId, { category_id: 100629 }) })).body.error).toBe("error_invalid_category")
    expect((await call("POST", "/api/v2/product/add_item", { kind: "shop" }, { json: itemBody("vn-unknown") })).body.message).toContain("invalid field Image")
    expect((await call("POST", "/api/v2/product/add_item", { kind: "shop" }, { json: itemBody(imageId) })).body.error).toBe("")
    expect((await call("POST", "/api/v2/product/add_item", { kind: "shop" }, { json: itemBody(imageId) })).body.error).toBe("error_repeated_mtsku")
    expect(server.state.items.size).toBe(1)
  })

  it("checks paging and order windows", async () => {
    const page = await call("GET", "/api/v2/product/get_item_list", { kind: "shop" }, { query: { offset: "0", page_size: "101", item_status: "NORMAL" } })
    expect(page.body.error).toBe("error_param")
    const now = Math.floor(clock.nowMs() / 1000)
    const window = await call("GET", "/api/v2/order/get_order_list", { kind: "shop" }, { query: { time_range_field: "create_time", time_from: String(now - 16 * 86400), time_to: String(now), page_size: "20" } })
    expect(window.body).toMatchObject({ error: "error_param" })
    expect(String(window.body.message)).toContain("15 days")
  })
})

describe("faults", () => {
  it("consumes queued faults per path, in order", async () => {
    server.faults.push("product/get_category", { kind: "http", status: 429 }, { kind: "error", error: "error_system_busy" })
    const first = await call("GET", "/api/v2/product/get_category", { kind: "shop" })
    expect(first.status).toBe(429)
    expect(first.body.request_id).toMatch(/^[0-9a-f]{32}$/)
    expect((await call("GET", "/api/v2/product/get_category", { kind: "shop" })).body.error).toBe("error_system_busy")
    expect((await call("GET", "/api/v2/product/get_category", { kind: "shop" })).body.error).toBe("")
    expect(server.faults.pending()).toBe(0)
    expect(server.state.callsTo("product/get_category").map((entry) => entry.fault)).toEqual(["http", "error", null])
  })
})
