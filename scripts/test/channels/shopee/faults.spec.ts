import { afterEach, describe, expect, it } from "vitest"
import { ChannelError } from "../../../src/channels/core/errors"
import { ORIGIN_ATTRIBUTE_ID, TINY_PNG, VIETNAM_VALUE_ID } from "../../../src/channels/contract/shopee"
import { assertNoFailures, type ShopeeAddItemBody } from "../../../src/channels/shopee"
import { startHarness, type Harness } from "./harness"

let h: Harness | null = null
afterEach(async () => {
  await h?.close()
  h = null
})

async function addItem(harness: Harness): Promise<number> {
  const image = await harness.client.uploadImage({ bytes: TINY_PNG, filename: "mien.png" })
  const body: ShopeeAddItemBody = {
    item_name: "Miến dong Nguyên Bình gói 500 g",
    description: "Miến dong làm từ củ dong riềng Nguyên Bình, Cao Bằng, sản phẩm OCOP 3 sao. Sợi miến dai, trong, không chất tẩy trắng, phơi nắng tự nhiên trên núi.",
    original_price: 60_000,
    weight: 0.5,
    category_id: 100642,
    image: { image_id_list: [image.image_id] },
    logistic_info: [{ logistic_id: 5003, enabled: true }],
    attribute_list: [{ attribute_id: ORIGIN_ATTRIBUTE_ID, attribute_value_list: [{ value_id: VIETNAM_VALUE_ID }] }],
    seller_stock: [{ stock: 10 }],
  }
  return (await harness.client.addItem(body)).item_id
}

describe("retries against injected faults", () => {
  it("retries HTTP 429 and error_system_busy, then succeeds", async () => {
    h = await startHarness()
    h.server.faults.push("product/get_category", { kind: "http", status: 429 }, { kind: "error", error: "error_system_busy" })
    const categories = await h.client.getCategories()
    expect(categories.length).toBeGreaterThan(0)
    expect(h.server.state.callsTo("product/get_category").map((call) => call.error)).toEqual(["error_too_many_request", "error_system_busy", ""])
    // Backoff slept on the manual clock: two waits, the second longer.
    expect(h.clock.slept).toHaveLength(2)
    expect(h.clock.slept[1]).toBeGreaterThan(h.clock.slept[0] ?? 0)
  })

  it("retries a gateway 502 with an HTML body", async () => {
    h = await startHarness()
    h.server.faults.push("logistics/get_channel_list", { kind: "raw", status: 502, body: "<html>502 Bad Gateway</html>" })
    expect((await h.client.getChannelList()).length).toBe(7)
    expect(h.server.state.callsTo("logistics/get_channel_list")).toHaveLength(2)
  })

  it("stops after the policy's attempts and reports the last retryable error", async () => {
    h = await startHarness()
    h.server.faults.push("product/get_category", ...Array.from({ length: 4 }, () => ({ kind: "error" as const, error: "error_system_busy" })))
    const error = await h.client.getCategories().catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: "error_system_busy", retryable: true })
    expect((error as ChannelError).requestId).toMatch(/^[0-9a-f]{32}$/)
    expect(h.server.state.callsTo("product/get_category")).toHaveLength(4)
  })

  it("retries a timed-out idempotent call (update_stock) and the stock lands once", async () => {
    h = await startHarness()
    const itemId = await addItem(h)
    // Only the faulted call gets a short timeout, so set-up calls cannot trip it on a loaded machine.
    const impatient = h.newClient({ timeoutMs: 300 })
    h.server.faults.push("product/update_stock", { kind: "timeout", delayMs: 1_500 })
    const result = await impatient.updateStock({ item_id: itemId, stock_list: [{ model_id: 0, seller_stock: [{ stock: 3 }] }] })
    expect(result.ok).toBe(true)
    const calls = h.server.state.callsTo("product/update_stock")
    expect(calls.map((call) => call.fault)).toEqual(["timeout", null])
    expect(calls.map((call) => call.error)).toEqual([null, ""])
    expect(h.server.state.items.get(itemId)?.models.get(0)?.stock).toBe(3)
  })

  it("does not blindly retry add_item after a timeout: the outcome is reported as unknown", async () => {
    h = await startHarness()
    const image = await h.client.uploadImage({ bytes: TINY_PNG, filename: "a.png" })
    h.server.faults.push("product/add_item", { kind: "timeout", delayMs: 300, apply: true })
    const error = await h
      .newClient({ timeoutMs: 150 })
      .addItem({
        item_name: "Hạt dẻ Trùng Khánh túi 500 g",
        description: "Hạt dẻ Trùng Khánh, Cao Bằng, sản phẩm OCOP 4 sao. Hạt to, bùi, thơm, được tuyển chọn từ những vườn dẻ lâu năm ở huyện Trùng Khánh.",
        original_price: 120_000,
        weight: 0.5,
        category_id: 100644,
        image: { image_id_list: [image.image_id] },
        logistic_info: [{ logistic_id: 5003, enabled: true }],
        attribute_list: [{ attribute_id: ORIGIN_ATTRIBUTE_ID, attribute_value_list: [{ value_id: VIETNAM_VALUE_ID }] }],
      })
      .catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: "outcome_unknown", retryable: false })
    expect(h.server.state.callsTo("product/add_item")).toHaveLength(1)
    // The server did apply it (late answer): exactly one listing, which a lookup would find.
    const deadline = Date.now() + 3_000
    while (h.server.state.items.size === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
    expect(h.server.state.items.size).toBe(1)
  })
})

describe("partial failures", () => {
  it("surfaces failure_list from update_stock and update_price", async () => {
    h = await startHarness()
    const itemId = await addItem(h)
    h.server.faults.push("product/update_stock", { kind: "partial_failure", reason: "error_cannt_edit_stock_in_promotion" })
    const stock = await h.client.updateStock({ item_id: itemId, stock_list: [{ model_id: 0, seller_stock: [{ stock: 1 }] }] })
    expect(stock.ok).toBe(false)
    expect(stock.failures).toEqual([{ model_id: 0, failed_reason: "error_cannt_edit_stock_in_promotion" }])
    expect(h.server.state.items.get(itemId)?.models.get(0)?.stock).toBe(10)
    expect(() => assertNoFailures(stock, "update_stock")).toThrow(/1 model\(s\) failed, e.g. model 0: error_cannt_edit_stock_in_promotion/)

    h.server.faults.push("product/update_price", { kind: "partial_failure" })
    const price = await h.client.updatePrice({ item_id: itemId, price_list: [{ model_id: 0, original_price: 65_000 }] })
    expect(price).toMatchObject({ ok: false, successes: [], failures: [{ model_id: 0, failed_reason: "error_cannt_edit_price_in_promotion" }] })
    expect(price.requestId).toMatch(/^[0-9a-f]{32}$/)
  })

  it("lists an out-of-range price as a per-model failure", async () => {
    h = await startHarness()
    const itemId = await addItem(h)
    const price = await h.client.updatePrice({ item_id: itemId, price_list: [{ model_id: 0, original_price: 500 }] })
    expect(price.ok).toBe(false)
    expect(price.failures[0]?.failed_reason).toMatch(/^error_price_out_of_range/)
    expect(h.server.state.items.get(itemId)?.models.get(0)?.original_price).toBe(60_000)
  })
})

describe("refusals and secrecy", () => {
  it("maps a wrong partner key to error_sign: not retried, with a request id, secrets kept out", async () => {
    h = await startHarness()
    const client = h.newClient({ partnerKey: "wrong-partner-key" })
    const error = await client.getCategories().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ChannelError)
    expect(error).toMatchObject({ code: "error_sign", retryable: false, httpStatus: 403, platform: "shopee" })
    expect((error as ChannelError).requestId).toMatch(/^[0-9a-f]{32}$/)
    expect(h.server.state.callsTo("product/get_category")).toHaveLength(1)
    expect((error as ChannelError).message).not.toContain("wrong-partner-key")
    expect(JSON.stringify((error as ChannelError).toJSON())).not.toContain(h.server.initialTokens.accessToken)
  })

  it("is refused with Invalid timestamp when its clock is more than 5 minutes off", async () => {
    h = await startHarness({ server: { clockOffsetMs: 6 * 60_000 } })
    await expect(h.client.getCategories()).rejects.toMatchObject({ code: "error_param", retryable: false })
    expect(h.server.state.calls[0]?.error).toBe("error_param")
  })

  it("logs redacted URLs only: no token, sign, key or refresh token", async () => {
    h = await startHarness()
    h.clock.advance(4 * 3600_000)
    h.server.faults.push("product/get_category", { kind: "error", error: "error_system_busy" })
    await h.client.getCategories()
    const itemId = await addItem(h)
    await h.client.updateStock({ item_id: itemId, stock_list: [{ model_id: 0, seller_stock: [{ stock: 2 }] }] })
    await h.newClient({ partnerKey: "wrong-partner-key" }).getChannelList().catch(() => undefined)

    const log = h.logger.lines.join("\n")
    expect(h.logger.lines.length).toBeGreaterThan(5)
    expect(log).toContain("sign=***")
    expect(log).toContain("access_token=***")
    const secrets = [
      h.server.partnerKey,
      "wrong-partner-key",
      h.server.initialTokens.accessToken,
      h.server.initialTokens.refreshToken,
      h.server.state.latestPair()?.accessToken ?? "missing",
      h.server.state.latestPair()?.refreshToken ?? "missing",
    ]
    for (const secret of secrets) expect(log).not.toContain(secret)
    expect(log).not.toMatch(/sign=[0-9a-f]{64}/)
  })
})
