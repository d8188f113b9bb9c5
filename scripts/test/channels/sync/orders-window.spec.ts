import { afterEach, describe, expect, it } from "vitest"
import { TINY_PNG } from "../../../src/channels/contract/shopee"
import { lazadaAdapter } from "../../../src/channels/sync/lazada-adapter"
import { shopeeAdapter } from "../../../src/channels/sync/shopee-adapter"
import { START, startHarness as startLazada, type Harness as LazadaHarness } from "../lazada/harness"
import { START_MS, startHarness as startShopee, type Harness as ShopeeHarness } from "../shopee/harness"

let shopee: ShopeeHarness | undefined
let lazada: LazadaHarness | undefined
afterEach(async () => {
  await shopee?.close()
  await lazada?.close()
  shopee = undefined
  lazada = undefined
})

const HOUR = 3600
const ids = (orders: { externalOrderId: string }[]) => orders.map((order) => order.externalOrderId)

describe("orders by time of last change (the backend's pull)", () => {
  it("Shopee: an order placed two days ago and updated yesterday is in an update window, not a creation window", async () => {
    // The fixture orders: 01 to ship (placed 2 days ago, updated 1 day ago), 02 completed, 03 cancelled.
    shopee = await startShopee()
    const adapter = shopeeAdapter(shopee.client, { fetchImage: async () => ({ bytes: TINY_PNG, contentType: "image/png" }), clock: shopee.clock })
    const now = Math.floor(START_MS / 1000)
    expect(ids(await adapter.orders(now - 30 * HOUR, now))).toEqual([])
    expect(ids(await adapter.orders(now - 30 * HOUR, now, "updated"))).toEqual(["250101OCOPCB01"])
    expect(shopee.server.state.callsTo("/api/v2/order/get_order_list")).toHaveLength(2)
  })

  it("Lazada: the update window asks /orders/get by update_after and update_before", async () => {
    const item = { sellerSku: "TVA-MDG-500G", name: "Miến dong gói 500 g", price: 55_000, status: "pending" }
    lazada = await startLazada({
      server: { orders: [{ orderId: "470000000020001", createdAt: START - 72 * HOUR * 1000, updatedAt: START - HOUR * 1000, paymentMethod: "COD", items: [item, item] }] },
    })
    const adapter = lazadaAdapter(lazada.client)
    const now = Math.floor(START / 1000)
    expect(ids(await adapter.orders(now - 2 * HOUR, now))).toEqual([])
    const updated = await adapter.orders(now - 2 * HOUR, now, "updated")
    expect(updated.map((order) => [order.externalOrderId, order.lines])).toEqual([
      ["470000000020001", [{ sku: "TVA-MDG-500G", quantity: 2, unitPriceVnd: 55_000 }]],
    ])
    const gets = lazada.server.state.callsTo("/orders/get")
    expect(gets.map((call) => [Boolean(call.params.created_after), Boolean(call.params.update_after), call.params.sort_by])).toEqual([
      [true, false, "created_at"],
      [false, true, "updated_at"],
    ])
  })
})
