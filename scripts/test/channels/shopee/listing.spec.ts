import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { ChannelError } from "../../../src/channels/core/errors"
import { ORIGIN_ATTRIBUTE_ID, TINY_PNG, VIETNAM_VALUE_ID } from "../../../src/channels/contract/shopee"
import { logisticInfoFor, productChannels, type ShopeeAddItemBody } from "../../../src/channels/shopee"
import { startHarness, type Harness } from "./harness"

let h: Harness

beforeEach(async () => {
  h = await startHarness()
})
afterEach(async () => {
  await h.close()
})

const DESCRIPTION =
  "Trà Shan tuyết cổ thụ vùng núi cao Cao Bằng, sản phẩm OCOP 4 sao. Búp trà được hái thủ công, sao sấy theo phương pháp truyền thống, hương thơm tự nhiên."

async function body(overrides: Partial<ShopeeAddItemBody> = {}): Promise<ShopeeAddItemBody> {
  const image = await h.client.uploadImage({ bytes: TINY_PNG, filename: "tra.png" })
  const channels = await h.client.getChannelList()
  return {
    item_name: "Trà Shan tuyết Cao Bằng hộp 100 g",
    description: DESCRIPTION,
    original_price: 150_000,
    weight: 0.2,
    category_id: 100631,
    image: { image_id_list: [image.image_id] },
    logistic_info: logisticInfoFor(channels),
    attribute_list: [{ attribute_id: ORIGIN_ATTRIBUTE_ID, attribute_value_list: [{ value_id: VIETNAM_VALUE_ID }] }],
    brand: { brand_id: 0, original_brand_name: "No Brand" },
    seller_stock: [{ stock: 40 }],
    item_sku: "OCOP-CB-TEA-100G",
    dimension: { package_height: 8, package_length: 12, package_width: 8 },
    ...overrides,
  }
}

describe("listing preparation against the contract server", () => {
  it("reads categories, the attribute tree, brands and item limits", async () => {
    const categories = await h.client.getCategories()
    const tea = categories.find((category) => category.category_id === 100631)
    expect(tea).toMatchObject({ display_category_name: "Trà", has_children: false, parent_category_id: 100630 })

    const [tree] = await h.client.getAttributeTree([100631])
    expect(tree?.category_id).toBe(100631)
    expect(tree?.attribute_tree.filter((node) => node.mandatory).map((node) => node.attribute_id)).toEqual([ORIGIN_ATTRIBUTE_ID])

    const brands = await h.client.getBrandList({ categoryId: 100631, pageSize: 2 })
    expect(brands.brand_list).toHaveLength(2)
    expect(brands.has_next_page).toBe(true)
    expect(brands.next_offset).toBe(2)
    expect(brands.is_mandatory).toBe(false)

    const limit = await h.client.getItemLimit(100631)
    expect(limit.item_name_length_limit).toEqual({ min_limit: 10, max_limit: 120 })
    expect(limit.price_limit.min_limit).toBe(1_000)
  })

  it("keeps only enabled, unmasked channels", async () => {
    const channels = await h.client.getChannelList()
    expect(channels.length).toBe(7)
    expect(productChannels(channels).map((channel) => channel.logistics_channel_id)).toEqual([5001, 5003, 8003])
    // CUSTOM_PRICE needs a fee we cannot choose for the seller.
    expect(logisticInfoFor(channels).map((entry) => entry.logistic_id)).toEqual([5001, 5003])
  })

  it("uploads an image as multipart field `image` with a public signature", async () => {
    const image = await h.client.uploadImage({ bytes: TINY_PNG, filename: "cover.png" })
    expect(image.image_id).toMatch(/^vn-11134207-[0-9a-f]{32}$/)
    expect(image.image_url_list[0]?.image_url).toContain(image.image_id)
    expect(h.server.state.images.get(image.image_id)).toMatchObject({ filename: "cover.png", contentType: "image/png", size: TINY_PNG.length })
  })

  it("rejects a file that is not a JPEG or PNG", async () => {
    await expect(h.client.uploadImage({ bytes: new Uint8Array([1, 2, 3, 4]), filename: "x.png" })).rejects.toMatchObject({ code: "error_image_format", retryable: false })
  })
})

describe("items against the contract server", () => {
  it("adds an item and reads it back through get_item_list and get_item_base_info", async () => {
    const added = await h.client.addItem(await body())
    expect(added.item_id).toBeGreaterThan(0)
    expect(added.price_info?.original_price).toBe(150_000)

    const list = await h.client.getItemList({ offset: 0, pageSize: 10, itemStatus: ["NORMAL"] })
    expect(list.item.map((item) => item.item_id)).toEqual([added.item_id])
    expect(list.total_count).toBe(1)

    const [info] = await h.client.getItemBaseInfo([added.item_id])
    expect(info?.item_name).toBe("Trà Shan tuyết Cao Bằng hộp 100 g")
    expect(info?.item_sku).toBe("OCOP-CB-TEA-100G")
    expect(info?.stock_info_v2?.summary_info?.total_available_stock).toBe(40)
    expect(info?.price_info?.[0]).toMatchObject({ currency: "VND", original_price: 150_000 })
  })

  it("maps a missing required field to a non-retryable error naming the field", async () => {
    const incomplete = { ...(await body()), item_name: "" }
    const error = await h.client.addItem(incomplete).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ChannelError)
    expect(error).toMatchObject({ code: "product.error_param", field: "item_name", retryable: false })
    expect((error as ChannelError).requestId).toMatch(/^[0-9a-f]{32}$/)
  })

  it("refuses a mandatory attribute left out and a masked channel", async () => {
    await expect(h.client.addItem(await body({ attribute_list: [] }))).rejects.toMatchObject({ code: "error_less_required_attribute" })
    await expect(h.client.addItem(await body({ logistic_info: [{ logistic_id: 50011, enabled: true }] }))).rejects.toMatchObject({ code: "error_param" })
    expect(h.server.state.items.size).toBe(0)
  })

  it("checks VND prices are integers before sending", async () => {
    const before = h.server.state.calls.length
    await expect(h.client.addItem({ ...(await body()), original_price: 150_000.5 })).rejects.toMatchObject({ code: "invalid_request", field: "original_price" })
    // Only the upload and channel-list calls made by body(): add_item never went out.
    expect(h.server.state.callsTo("product/add_item")).toHaveLength(0)
    expect(h.server.state.calls.length).toBe(before + 2)
  })

  it("updates the item, its price and its stock", async () => {
    const { item_id: itemId } = await h.client.addItem(await body())
    const updated = await h.client.updateItem({ item_id: itemId, item_name: "Trà Shan tuyết Cao Bằng OCOP 4 sao hộp 100 g" })
    expect(updated.item_name).toBe("Trà Shan tuyết Cao Bằng OCOP 4 sao hộp 100 g")

    const price = await h.client.updatePrice({ item_id: itemId, price_list: [{ model_id: 0, original_price: 165_000 }] })
    expect(price).toMatchObject({ ok: true, failures: [], successes: [{ model_id: 0, original_price: 165_000 }] })

    const stock = await h.client.updateStock({ item_id: itemId, stock_list: [{ model_id: 0, seller_stock: [{ stock: 12 }] }] })
    expect(stock).toMatchObject({ ok: true, successes: [{ model_id: 0, stock: 12 }] })

    const model = h.server.state.items.get(itemId)?.models.get(0)
    expect(model).toEqual({ model_id: 0, original_price: 165_000, stock: 12 })
    expect(h.server.state.items.get(itemId)?.item_name).toBe("Trà Shan tuyết Cao Bằng OCOP 4 sao hộp 100 g")
  })

  it("reports an unknown model in failure_list rather than hiding it", async () => {
    const { item_id: itemId } = await h.client.addItem(await body())
    const result = await h.client.updateStock({ item_id: itemId, stock_list: [{ model_id: 0, seller_stock: [{ stock: 5 }] }, { model_id: 999, seller_stock: [{ stock: 5 }] }] })
    expect(result.ok).toBe(false)
    expect(result.failures).toEqual([{ model_id: 999, failed_reason: "model_id not found" }])
    expect(result.successes).toEqual([{ model_id: 0, stock: 5 }])
    expect(h.logger.lines.some((line) => line.startsWith("warn") && line.includes("model 999"))).toBe(true)
  })

  it("pages get_item_list by offset (≤ 100 a page) and rejects larger pages locally", async () => {
    const image = await h.client.uploadImage({ bytes: TINY_PNG, filename: "a.png" })
    const base = await body({ image: { image_id_list: [image.image_id] } })
    for (let index = 0; index < 5; index += 1) await h.client.addItem({ ...base, item_name: `Miến dong Nguyên Bình số ${index}` })
    const first = await h.client.getItemList({ offset: 0, pageSize: 2, itemStatus: ["NORMAL", "UNLIST"] })
    expect(first).toMatchObject({ has_next_page: true, next_offset: 2, total_count: 5 })
    const all = await h.client.listAllItems(["NORMAL"], 2)
    expect(all).toHaveLength(5)
    expect(new Set(all.map((item) => item.item_id)).size).toBe(5)
    const calls = h.server.state.callsTo("product/get_item_list")
    expect(calls).toHaveLength(4)
    await expect(h.client.getItemList({ offset: 0, pageSize: 101, itemStatus: ["NORMAL"] })).rejects.toMatchObject({ code: "invalid_request", field: "page_size" })
    expect(h.server.state.callsTo("product/get_item_list")).toHaveLength(4)
  })

  it("unlists an item (certificate expired) and reports an unknown one as a failure", async () => {
    const { item_id: itemId } = await h.client.addItem(await body())
    const result = await h.client.unlistItems([
      { item_id: itemId, unlist: true },
      { item_id: 42, unlist: true },
    ])
    expect(result.ok).toBe(false)
    expect(result.successes).toEqual([{ item_id: itemId, unlist: true }])
    expect(result.failures).toEqual([{ model_id: 42, failed_reason: "item 42: item not found" }])
    expect(h.server.state.items.get(itemId)?.item_status).toBe("UNLIST")
    const listed = await h.client.getItemList({ offset: 0, pageSize: 10, itemStatus: ["UNLIST"] })
    expect(listed.item.map((item) => item.item_id)).toEqual([itemId])
  })

  it("a read-only pass makes zero write calls", async () => {
    await h.client.addItem(await body())
    h.server.state.resetCalls()
    await h.client.listAllItems()
    await h.client.getChannelList()
    expect(h.server.state.calls.length).toBe(2)
    expect(h.server.state.writeCalls()).toHaveLength(0)
  })
})

describe("orders against the contract server", () => {
  it("lists orders in a 15-day window with status, then fetches details", async () => {
    const now = Math.floor(h.clock.nowMs() / 1000)
    const page = await h.client.getOrderList({ timeRangeField: "update_time", timeFrom: now - 7 * 86400, timeTo: now, pageSize: 1, responseOptionalFields: ["order_status"] })
    expect(page.more).toBe(true)
    expect(page.order_list).toEqual([{ order_sn: "250101OCOPCB01", order_status: "READY_TO_SHIP" }])
    const next = await h.client.getOrderList({ timeRangeField: "update_time", timeFrom: now - 7 * 86400, timeTo: now, pageSize: 1, cursor: page.next_cursor })
    expect(next.order_list).toEqual([{ order_sn: "250101OCOPCB03" }])
    expect(next.more).toBe(false)

    const details = await h.client.getOrderDetail(["250101OCOPCB01", "250101OCOPCB03"])
    expect(details.map((order) => order.order_status)).toEqual(["READY_TO_SHIP", "CANCELLED"])
    expect(details[0]?.item_list?.[0]).toMatchObject({ item_sku: "OCOP-CB-TEA-100G", model_quantity_purchased: 2, model_original_price: 150_000 })
    expect(details[0]?.total_amount).toBe(300_000)
    const detailCall = h.server.state.callsTo("order/get_order_detail")
    expect(detailCall).toHaveLength(1)
  })

  it("splits a long range into 15-day windows", async () => {
    const now = Math.floor(h.clock.nowMs() / 1000)
    const orders = await h.client.listOrders({ timeRangeField: "create_time", timeFrom: now - 40 * 86400, timeTo: now })
    expect(orders.map((order) => order.order_sn).sort()).toEqual(["250101OCOPCB01", "250101OCOPCB02", "250101OCOPCB03"])
    expect(h.server.state.callsTo("order/get_order_list")).toHaveLength(3)
  })

  it("refuses a window over 15 days before calling", async () => {
    const now = Math.floor(h.clock.nowMs() / 1000)
    await expect(h.client.getOrderList({ timeRangeField: "create_time", timeFrom: now - 16 * 86400, timeTo: now, pageSize: 10 })).rejects.toMatchObject({ code: "invalid_request" })
    expect(h.server.state.callsTo("order/get_order_list")).toHaveLength(0)
  })
})
