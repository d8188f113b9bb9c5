import { afterEach, describe, expect, it } from "vitest"
import { ChannelError } from "../../../src/channels/core/errors"
import { ORIGIN_ATTRIBUTE_ID, TINY_PNG, VIETNAM_VALUE_ID } from "../../../src/channels/contract/shopee"
import { SHOPEE_VARIATION_NAME, shopeeTierVariationBody, type ShopeeItemDraft } from "../../../src/channels/mapping/shopee-item"
import { ShopeeTransport, standardiseTiers, type ShopeeInitTierVariationRequest, type ShopeeModel } from "../../../src/channels/shopee"
import { startHarness, type Harness } from "./harness"

let h: Harness | null = null
afterEach(async () => {
  await h?.close()
  h = null
})

async function harness(): Promise<Harness> {
  h = await startHarness()
  return h
}

/** A listed item (one default model) to give packs to. */
async function addItem(harness: Harness): Promise<number> {
  const image = await harness.client.uploadImage({ bytes: TINY_PNG, filename: "mien.png" })
  const item = await harness.client.addItem({
    item_name: "Miến dong Nguyên Bình",
    description: "Miến dong làm từ củ dong riềng Nguyên Bình, Cao Bằng, sản phẩm OCOP 3 sao. Sợi miến dai, trong, không chất tẩy trắng, phơi nắng tự nhiên trên núi.",
    original_price: 55_000,
    weight: 1.05,
    category_id: 100642,
    image: { image_id_list: [image.image_id] },
    logistic_info: [{ logistic_id: 5003, enabled: true }],
    attribute_list: [{ attribute_id: ORIGIN_ATTRIBUTE_ID, attribute_value_list: [{ value_id: VIETNAM_VALUE_ID }] }],
    seller_stock: [{ stock: 180 }],
    item_sku: "TVA-MDG",
  })
  return item.item_id
}

/** Two packs in the documented standardise_tier_variation structure. */
function twoPacks(itemId: number): ShopeeInitTierVariationRequest {
  return {
    item_id: itemId,
    standardise_tier_variation: standardiseTiers([{ name: "Quy cách", option_list: [{ option: "Gói 500 g" }, { option: "Túi 1 kg" }] }]),
    model: [
      { tier_index: [0], original_price: 55_000, model_sku: "TVA-MDG-500G", seller_stock: [{ stock: 180 }] },
      { tier_index: [1], original_price: 105_000, model_sku: "TVA-MDG-1KG", seller_stock: [{ stock: 120 }] },
    ],
  }
}

function bySku(models: ShopeeModel[], sku: string): ShopeeModel {
  const model = models.find((entry) => entry.model_sku === sku)
  if (!model) throw new Error(`no model ${sku}`)
  return model
}

function stockOf(model: ShopeeModel): number | undefined {
  return model.stock_info_v2?.summary_info?.total_available_stock
}

/** A signed call with a body the typed client would not build (to reach the server's own checks). */
function raw(harness: Harness, json: unknown): Promise<unknown> {
  const transport = new ShopeeTransport(harness.client.config)
  return transport.call({ method: "POST", path: "/api/v2/product/init_tier_variation", json, idempotent: true }, { kind: "shop", accessToken: harness.server.initialTokens.accessToken })
}

describe("several packs: init_tier_variation and get_model_list", () => {
  it("creates one model per pack and reads both back by SKU with their ids", async () => {
    const t = await harness()
    const itemId = await addItem(t)
    const created = await t.client.initTierVariation(twoPacks(itemId))
    expect(created.models.map((model) => model.model_sku).sort()).toEqual(["TVA-MDG-1KG", "TVA-MDG-500G"])
    expect(created.models.every((model) => Number.isInteger(model.model_id) && model.model_id > 0)).toBe(true)

    const list = await t.client.getModelList(itemId)
    expect(list.tier_variation).toEqual([{ name: "Quy cách", option_list: [{ option: "Gói 500 g" }, { option: "Túi 1 kg" }] }])
    expect(list.standardise_tier_variation[0]?.variation_option_list.map((option) => option.variation_option_name)).toEqual(["Gói 500 g", "Túi 1 kg"])
    const small = bySku(list.model, "TVA-MDG-500G")
    const large = bySku(list.model, "TVA-MDG-1KG")
    expect(small).toMatchObject({ tier_index: [0], price_info: [{ original_price: 55_000 }] })
    expect(large).toMatchObject({ tier_index: [1], price_info: [{ original_price: 105_000 }] })
    expect([stockOf(small), stockOf(large)]).toEqual([180, 120])
    expect(new Set(created.models.map((model) => model.model_id))).toEqual(new Set([small.model_id, large.model_id]))

    const [base] = await t.client.getItemBaseInfo([itemId])
    expect(base?.has_model).toBe(true)
    // "price_info is not returned if the item has models".
    expect(base?.price_info).toBeUndefined()
  })

  it("updates one model's stock and price only, and lists an unknown model id as a failure", async () => {
    const t = await harness()
    const itemId = await addItem(t)
    await t.client.initTierVariation(twoPacks(itemId))
    const before = await t.client.getModelList(itemId)
    const small = bySku(before.model, "TVA-MDG-500G")

    const stock = await t.client.updateStock({ item_id: itemId, stock_list: [{ model_id: small.model_id, seller_stock: [{ stock: 7 }] }] })
    expect(stock).toMatchObject({ ok: true, failures: [], successes: [{ model_id: small.model_id, stock: 7 }] })
    const price = await t.client.updatePrice({ item_id: itemId, price_list: [{ model_id: small.model_id, original_price: 58_000 }] })
    expect(price.ok).toBe(true)

    const after = await t.client.getModelList(itemId)
    expect(stockOf(bySku(after.model, "TVA-MDG-500G"))).toBe(7)
    expect(bySku(after.model, "TVA-MDG-500G").price_info[0]?.original_price).toBe(58_000)
    expect(stockOf(bySku(after.model, "TVA-MDG-1KG"))).toBe(120)
    expect(bySku(after.model, "TVA-MDG-1KG").price_info[0]?.original_price).toBe(105_000)

    const unknown = await t.client.updateStock({ item_id: itemId, stock_list: [{ model_id: 999, seller_stock: [{ stock: 1 }] }] })
    expect(unknown).toMatchObject({ ok: false, successes: [], failures: [{ model_id: 999, failed_reason: "model_id not found" }] })
    expect(t.logger.lines.some((line) => line.includes("model 999: model_id not found"))).toBe(true)
  })

  it("refuses item-level price and stock once the item has models", async () => {
    const t = await harness()
    const itemId = await addItem(t)
    await t.client.initTierVariation(twoPacks(itemId))
    await expect(t.client.updateStock({ item_id: itemId, stock_list: [{ seller_stock: [{ stock: 5 }] }] })).rejects.toMatchObject({
      code: "error_edit_item_stock_for_item_has_model",
      retryable: false,
    })
    await expect(t.client.updatePrice({ item_id: itemId, price_list: [{ model_id: 0, original_price: 60_000 }] })).rejects.toMatchObject({
      code: "error_edit_item_price_for_item_has_model",
      retryable: false,
    })
  })

  it("refuses a second init_tier_variation and keeps the first models", async () => {
    const t = await harness()
    const itemId = await addItem(t)
    await t.client.initTierVariation(twoPacks(itemId))
    const ids = (await t.client.getModelList(itemId)).model.map((model) => model.model_id).sort()
    const error = await t.client.initTierVariation(twoPacks(itemId)).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ChannelError)
    expect(error).toMatchObject({ code: "product.error_param", retryable: false })
    expect((error as ChannelError).message).toMatch(/already has variations/)
    expect((await t.client.getModelList(itemId)).model.map((model) => model.model_id).sort()).toEqual(ids)
    expect(t.server.state.callsTo("product/init_tier_variation")).toHaveLength(2)
  })

  it("refuses option/model count mismatches and models without price or stock", async () => {
    const t = await harness()
    const itemId = await addItem(t)
    const short = twoPacks(itemId)
    short.model = short.model.slice(0, 1)
    await expect(t.client.initTierVariation(short)).rejects.toMatchObject({ code: "product.error_param", field: "model" })

    const [first, second] = twoPacks(itemId).model
    const noStock = { ...twoPacks(itemId), model: [first, { tier_index: second?.tier_index, original_price: second?.original_price, model_sku: "X" }] }
    await expect(raw(t, noStock)).rejects.toMatchObject({ code: "product.error_param", field: "seller_stock" })
    const noPrice = { ...twoPacks(itemId), model: [first, { tier_index: second?.tier_index, seller_stock: [{ stock: 1 }] }] }
    await expect(raw(t, noPrice)).rejects.toMatchObject({ code: "product.error_param", field: "original_price" })
    // Nothing was applied: the item still has its default model only.
    expect((await t.client.getModelList(itemId)).model).toEqual([])
    expect((await t.client.getItemBaseInfo([itemId]))[0]?.has_model).toBe(false)
  })

  it("checks what it can before sending (one tier_index per tier)", async () => {
    const t = await harness()
    const body = twoPacks(1)
    body.model[0] = { tier_index: [0, 0], original_price: 55_000, seller_stock: [{ stock: 1 }] }
    await expect(t.client.initTierVariation(body)).rejects.toMatchObject({ code: "invalid_request", field: "model.0.tier_index" })
    expect(t.server.state.callsTo("product/init_tier_variation")).toHaveLength(0)
  })

  it("does not retry init_tier_variation after a timeout: outcome unknown, get_model_list tells", async () => {
    const t = await harness()
    const itemId = await addItem(t)
    t.server.faults.push("product/init_tier_variation", { kind: "timeout", delayMs: 300, apply: true })
    const error = await t
      .newClient({ timeoutMs: 150 })
      .initTierVariation(twoPacks(itemId))
      .catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: "outcome_unknown", retryable: false })
    expect((error as ChannelError).message).toContain(`get_model_list item_id=${itemId}`)
    expect(t.server.state.callsTo("product/init_tier_variation")).toHaveLength(1)
    // The late write did land: re-reading (not re-sending) finds both packs.
    const deadline = Date.now() + 3_000
    while ((t.server.state.items.get(itemId)?.tiers.length ?? 0) === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
    expect((await t.client.getModelList(itemId)).model.map((model) => model.model_sku).sort()).toEqual(["TVA-MDG-1KG", "TVA-MDG-500G"])
    expect(t.server.state.callsTo("product/init_tier_variation")).toHaveLength(1)
  })

  it("accepts the mapping's shopeeTierVariationBody (deprecated tier_variation) and warns about it", async () => {
    const t = await harness()
    const itemId = await addItem(t)
    const draft: ShopeeItemDraft = {
      productId: "mien-dong",
      body: { item_name: "Miến dong Nguyên Bình", description: "-", original_price: 55_000, weight: 1.05, category_id: 100642 },
      imageUrls: [],
      models: [
        { variantId: "v1", sku: "TVA-MDG-500G", option: "Gói 500 g", priceVnd: 55_000, stock: 180 },
        { variantId: "v2", sku: "TVA-MDG-1KG", option: "Túi 1 kg", priceVnd: 105_000, stock: 120 },
      ],
      variationName: SHOPEE_VARIATION_NAME,
    }
    const body = shopeeTierVariationBody(draft, itemId)
    if (!body) throw new Error("two packs should give a body")
    const created = await t.client.initTierVariation(body)
    expect(created.models).toHaveLength(2)
    expect(t.logger.lines.some((line) => line.startsWith("warn") && line.includes("tier_variation is deprecated"))).toBe(true)
    expect((await t.client.getModelList(itemId)).tier_variation[0]?.name).toBe("Quy cách")
  })
})
