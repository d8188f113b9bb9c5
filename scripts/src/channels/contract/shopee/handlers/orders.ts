import type { ContractOrder } from "../fixtures"
import { queryInt, queryList, wrong } from "./params"
import type { HandlerInput, HandlerOutput } from "./types"

const FIFTEEN_DAYS = 15 * 24 * 3600

/**
 * order/get_order_list: time_range_field (create_time | update_time),
 * time_from, time_to (≤ 15 days apart), page_size (1–100), cursor, optional
 * order_status and response_optional_fields=order_status.
 */
export function getOrderList({ state, query }: HandlerInput): HandlerOutput {
  const field = query.get("time_range_field")
  if (field !== "create_time" && field !== "update_time") throw wrong("time_range_field should be create_time or update_time")
  const from = queryInt(query, "time_from", true)
  const to = queryInt(query, "time_to", true)
  if (to < from) throw wrong("time_to should be later than time_from")
  if (to - from > FIFTEEN_DAYS) throw wrong("the time range should be no more than 15 days")
  const pageSize = queryInt(query, "page_size", true)
  if (pageSize < 1 || pageSize > 100) throw wrong("page_size should be between 1 and 100")
  const cursorRaw = query.get("cursor") ?? ""
  if (cursorRaw !== "" && !/^\d+$/.test(cursorRaw)) throw wrong("cursor is invalid")
  const offset = cursorRaw === "" ? 0 : Number(cursorRaw)
  const status = query.get("order_status")
  const withStatus = queryList(query, "response_optional_fields").includes("order_status")
  const matching = state.orders
    .filter((order) => order[field] >= from && order[field] <= to)
    .filter((order) => !status || order.order_status === status)
    .sort((a, b) => a[field] - b[field] || a.order_sn.localeCompare(b.order_sn))
  const page = matching.slice(offset, offset + pageSize)
  const more = offset + page.length < matching.length
  return {
    response: {
      more,
      next_cursor: more ? String(offset + page.length) : "",
      order_list: page.map((order) => (withStatus ? { order_sn: order.order_sn, order_status: order.order_status } : { order_sn: order.order_sn })),
    },
  }
}

/** Fields get_order_detail returns only when asked for in response_optional_fields. */
const OPTIONAL: Array<keyof ContractOrder> = ["buyer_username", "item_list", "pay_time", "total_amount"]

/** order/get_order_detail: order_sn_list comma-separated (1–50); unknown order_sn are left out. */
export function getOrderDetail({ state, query }: HandlerInput): HandlerOutput {
  const sns = queryList(query, "order_sn_list")
  if (sns.length === 0) throw wrong("order_sn_list is required")
  if (sns.length > 50) throw wrong("order_sn_list should be no more than 50")
  const optional = new Set(queryList(query, "response_optional_fields"))
  const orders = sns.map((sn) => state.orders.find((order) => order.order_sn === sn)).filter((order): order is ContractOrder => order !== undefined)
  return {
    response: {
      order_list: orders.map((order) => {
        const detail: Record<string, unknown> = {
          order_sn: order.order_sn,
          region: "VN",
          currency: "VND",
          cod: order.cod,
          order_status: order.order_status,
          create_time: order.create_time,
          update_time: order.update_time,
          days_to_ship: 2,
          ship_by_date: order.create_time + 2 * 24 * 3600,
          message_to_seller: order.message_to_seller,
        }
        for (const key of OPTIONAL) if (optional.has(key) && order[key] !== undefined) detail[key] = order[key]
        return detail
      }),
    },
  }
}
