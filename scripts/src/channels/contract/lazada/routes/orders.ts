import { ContractFailure, mandatory } from "../failure"
import type { OrderSeed } from "../fixtures"
import { ok, type Route } from "../route"
import { isoVietnam, money, num, parseIsoDate } from "../values"

const STATUSES = new Set(["unpaid", "pending", "packed", "canceled", "ready_to_ship", "delivered", "returned", "shipped", "failed", "topack", "toship", "shipping", "lost"])

function updatedAt(order: OrderSeed): number {
  return order.updatedAt ?? order.createdAt
}

function statusesOf(order: OrderSeed): string[] {
  return [...new Set(order.items.map((item) => item.status))]
}

function present(order: OrderSeed): Record<string, unknown> {
  const price = order.items.reduce((sum, item) => sum + item.price, 0)
  return {
    order_id: order.orderId,
    order_number: order.orderId,
    created_at: isoVietnam(order.createdAt),
    updated_at: isoVietnam(updatedAt(order)),
    price: money(price),
    items_count: order.items.length,
    statuses: statusesOf(order),
    payment_method: order.paymentMethod ?? "COD",
    shipping_fee: money(order.shippingFee ?? 0),
    voucher: money(0),
    voucher_platform: money(0),
    voucher_seller: money(0),
    warehouse_code: "dropshipping",
    customer_first_name: "Khách hàng",
    customer_last_name: "",
    gift_option: "false",
  }
}

function dateParam(params: Record<string, string>, name: string): number | null {
  const raw = params[name]
  if (raw === undefined || raw === "") return null
  const parsed = parseIsoDate(raw)
  if (parsed === null) throw new ContractFailure("17", `E017: "${raw}" Invalid Date Format`)
  return parsed
}

/** GET /orders/get: created_after or update_after mandatory, limit ≤ 100, offset ≤ 5000. */
const ordersGet: Route = {
  path: "/orders/get",
  host: "api",
  auth: "seller",
  write: false,
  handle(context) {
    const { params } = context
    const createdAfter = dateParam(params, "created_after")
    const updateAfter = dateParam(params, "update_after")
    if (createdAfter === null && updateAfter === null) throw new ContractFailure("1", "E001: Parameter created_after or update_after is mandatory")
    const createdBefore = dateParam(params, "created_before")
    const updateBefore = dateParam(params, "update_before")
    const limit = params.limit === undefined ? 100 : num(params.limit)
    if (limit === null || !Number.isInteger(limit) || limit < 1 || limit > 100) throw new ContractFailure("19", `E019: "${params.limit}" Invalid Limit`)
    const offset = params.offset === undefined ? 0 : num(params.offset)
    if (offset === null || !Number.isInteger(offset) || offset < 0 || offset > 5000) throw new ContractFailure("14", `E014: "${params.offset}" Invalid Offset`)
    const status = params.status
    if (status !== undefined && status !== "" && status !== "all" && !STATUSES.has(status)) throw new ContractFailure("36", "E036: Invalid status filter")
    const sortBy = params.sort_by ?? "created_at"
    if (sortBy !== "created_at" && sortBy !== "updated_at") throw new ContractFailure("75", "E075: Invalid sort filter.")
    const direction = params.sort_direction ?? "DESC"
    if (direction !== "ASC" && direction !== "DESC") throw new ContractFailure("74", "E074: Invalid sort direction.")
    const key = (order: OrderSeed) => (sortBy === "created_at" ? order.createdAt : updatedAt(order))
    const matching = context.state.orders
      .filter((order) => createdAfter === null || order.createdAt >= createdAfter)
      .filter((order) => createdBefore === null || order.createdAt <= createdBefore)
      .filter((order) => updateAfter === null || updatedAt(order) >= updateAfter)
      .filter((order) => updateBefore === null || updatedAt(order) <= updateBefore)
      .filter((order) => status === undefined || status === "" || status === "all" || statusesOf(order).includes(status))
      .sort((a, b) => (direction === "ASC" ? key(a) - key(b) : key(b) - key(a)) || a.orderId.localeCompare(b.orderId))
    const page = matching.slice(offset, offset + limit)
    return ok({ count: page.length, countTotal: matching.length, orders: page.map(present) })
  },
}

/** GET /order/items/get: one entry per unit, as Lazada lists them. */
const orderItemsGet: Route = {
  path: "/order/items/get",
  host: "api",
  auth: "seller",
  write: false,
  handle(context) {
    const orderId = context.params.order_id
    if (!orderId) throw mandatory("order_id")
    const order = context.state.orders.find((candidate) => candidate.orderId === orderId)
    if (!order) throw new ContractFailure("16", `E016: "${orderId}" Invalid Order ID`)
    return ok(
      order.items.map((item, index) => {
        const found = context.state.findSku(item.sellerSku)
        return {
          order_item_id: `${order.orderId}${String(index + 1).padStart(2, "0")}`,
          order_id: order.orderId,
          name: item.name,
          sku: item.sellerSku,
          shop_sku: found?.sku.ShopSku ?? "",
          sku_id: found ? String(found.sku.SkuId) : "",
          product_id: found ? String(found.product.item_id) : "",
          item_price: money(item.price),
          paid_price: money(item.paidPrice ?? item.price),
          currency: "VND",
          status: item.status,
          shipping_type: "Dropshipping",
          created_at: isoVietnam(order.createdAt),
          updated_at: isoVietnam(updatedAt(order)),
        }
      }),
    )
  },
}

export const orderRoutes: Route[] = [ordersGet, orderItemsGet]
