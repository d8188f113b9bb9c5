import { afterEach, describe, expect, it } from "vitest"
import { lazadaFault } from "../../../src/channels/contract/lazada"
import { ChannelError } from "../../../src/channels/core/errors"
import { lazadaTokenKey, sendLazada } from "../../../src/channels/lazada"
import { startHarness, teaPayload, type Harness } from "./harness"

const SINCE = "2025-01-01T00:00:00+07:00"
let h: Harness
afterEach(() => h.close())

describe("Lazada transient failures and refusals", () => {
  it("waits at least a second after ApiCallLimit, then succeeds", async () => {
    h = await startHarness()
    h.server.faults.enqueue("/orders/get", lazadaFault.apiCallLimit())
    const page = await h.client.getOrders({ createdAfter: SINCE })
    expect(page.countTotal).toBe(3)
    expect(h.server.state.callsTo("/orders/get").map((call) => call.code)).toEqual(["ApiCallLimit", "0"])
    expect(Math.max(...h.clock.slept)).toBeGreaterThanOrEqual(1_000)
  })

  it.each([
    ["E901", lazadaFault.e901(), "901"],
    ["ServiceTimeout", lazadaFault.serviceTimeout(), "ServiceTimeout"],
    ["HTTP 429", lazadaFault.http(429), "http_429"],
    ["HTTP 503", lazadaFault.http(503), "http_503"],
  ])("retries %s and succeeds", async (_name, fault, code) => {
    h = await startHarness()
    h.server.faults.enqueue("/products/get", fault, 2)
    const page = await h.client.getProducts()
    expect(page.totalProducts).toBe(0)
    expect(h.server.state.callsTo("/products/get").map((call) => call.code)).toEqual([code, code, "0"])
  })

  it("gives up after the retry budget with the last error", async () => {
    h = await startHarness()
    h.server.faults.enqueue("/products/get", lazadaFault.http(502), 4)
    await expect(h.client.getProducts()).rejects.toMatchObject({ code: "http_502", retryable: true, httpStatus: 502 })
    expect(h.server.state.callsTo("/products/get")).toHaveLength(4)
  })

  it("retries an answer that takes longer than the client timeout", async () => {
    h = await startHarness({ client: { timeoutMs: 150 } })
    h.server.faults.enqueue("/orders/get", lazadaFault.delay(1_000))
    const page = await h.client.getOrders({ createdAfter: SINCE })
    expect(page.countTotal).toBe(3)
    expect(h.server.state.callsTo("/orders/get")).toHaveLength(2)
    expect(h.logs.some((line) => line.includes("→ timeout"))).toBe(true)
  })

  it("does not create a product twice when the answer to create was lost", async () => {
    h = await startHarness({ client: { timeoutMs: 150 } })
    h.server.faults.enqueue("/product/create", lazadaFault.delay(1_000))
    const created = await h.client.createProduct(teaPayload(["OCOP-CB-TRA-300"]))
    expect(created.recovered).toBe(true)
    expect(created.skus.map((sku) => sku.sellerSku)).toEqual(["OCOP-CB-TRA-300"])
    expect(h.server.state.products.size).toBe(1)
    expect(h.server.state.callsTo("/product/create")).toHaveLength(1)
  })

  it("retries create after ApiCallLimit without a lookup (the call was refused, not lost)", async () => {
    h = await startHarness()
    h.server.faults.enqueue("/product/create", lazadaFault.apiCallLimit())
    const created = await h.client.createProduct(teaPayload(["OCOP-CB-MIEN-500"]))
    expect(created.recovered).toBe(false)
    expect(h.server.state.callsTo("/products/get")).toHaveLength(0)
    expect(h.server.state.callsTo("/product/create").map((call) => call.code)).toEqual(["ApiCallLimit", "0"])
  })

  it("a wrong app secret gives a non-retryable IncompleteSignature with Lazada's request id", async () => {
    h = await startHarness({ client: { appSecret: "not-the-secret" } })
    const error = await h.client.getOrders({ createdAfter: SINCE }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ChannelError)
    if (!(error instanceof ChannelError)) return
    expect(error.code).toBe("IncompleteSignature")
    expect(error.retryable).toBe(false)
    expect(error.requestId).toMatch(/^0ba2887315/)
    expect(h.server.state.callsTo("/orders/get")).toHaveLength(1)
  })

  it("refuses a timestamp more than 7200 s away from the server clock", async () => {
    h = await startHarness()
    // Same server clock; only the client's clock runs 7201 s ahead.
    const skewed = await startHarness({ client: { clock: { nowMs: () => h.clock.nowMs() + 7_201_000, sleep: async () => undefined } } })
    try {
      await expect(skewed.client.getCategoryTree()).rejects.toMatchObject({ code: "InvalidTimestamp", retryable: false })
    } finally {
      await skewed.close()
    }
  })

  it("refuses an unknown app key and a seller call without access token", async () => {
    h = await startHarness({ client: { appKey: "999" } })
    await expect(h.client.getCategoryTree()).rejects.toMatchObject({ code: "InvalidAppKey", retryable: false })
    const unsigned = sendLazada({ ...h.client.config, appKey: h.server.appKey }, { path: "/orders/get", method: "GET", params: { created_after: SINCE } }, null)
    await expect(unsigned).rejects.toMatchObject({ code: "MissingParameter", field: "access_token", retryable: false })
  })

  it("never writes the secret, tokens or signatures to the log", async () => {
    h = await startHarness()
    const pair = await h.store.get(lazadaTokenKey("caobang"))
    h.server.faults.enqueue("/orders/get", lazadaFault.apiCallLimit())
    await h.client.getOrders({ createdAfter: SINCE })
    await h.client.createProduct(teaPayload(["LOG-1"]))
    h.clock.advance(7 * 86_400_000)
    await h.client.getOrderItems("470000000000001")
    const fresh = await h.store.get(lazadaTokenKey("caobang"))
    const bad = await startHarness({ client: { appSecret: "wrong-secret-value" } })
    await bad.client.getOrders({ createdAfter: SINCE }).catch(() => undefined)
    await bad.close()
    const text = [...h.logs, ...bad.logs].join("\n")
    expect(h.logs.length).toBeGreaterThan(4)
    for (const secret of [h.server.appSecret, "wrong-secret-value", pair?.accessToken, pair?.refreshToken, fresh?.accessToken, fresh?.refreshToken]) {
      expect(secret && text.includes(secret)).toBe(false)
    }
    expect(text).not.toMatch(/[0-9A-F]{64}/)
    expect(text).toContain("sign=***")
    expect(text).toContain("access_token=***")
  })
})
