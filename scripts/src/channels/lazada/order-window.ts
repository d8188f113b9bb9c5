import { lazadaDate } from "./decode"
import type { LazadaOrder, LazadaOrdersQuery } from "./response-types"

/** GetOrders offsets stop at 5000 (GetOrders guide). */
export const ORDERS_OFFSET_MAX = 5_000

/**
 * The next GetOrders page of an oldest-first scan: the next offset while it
 * stays under 5000, else (as the guide says) a window starting at the last
 * order's time with offset 0. Null when the scan is complete; throws when the
 * window cannot move (more than 5000 orders with one timestamp).
 */
export function nextOrderPage(
  window: LazadaOrdersQuery,
  offset: number,
  page: { orders: LazadaOrder[]; countTotal: number },
  limit: number,
): { window: LazadaOrdersQuery; offset: number } | null {
  if (page.orders.length < limit || offset + limit >= page.countTotal) return null
  if (offset + 2 * limit <= ORDERS_OFFSET_MAX) return { window, offset: offset + limit }
  const byUpdate = window.sortBy === "updated_at"
  const last = page.orders[page.orders.length - 1]
  const cursor = byUpdate ? last?.updatedAt : last?.createdAt
  const current = byUpdate ? window.updateAfter : window.createdAfter
  const currentText = current === undefined ? undefined : lazadaDate(current)
  if (!cursor || cursor === currentText) throw new RangeError("more than 5000 orders share one timestamp: narrow the window")
  return { window: byUpdate ? { ...window, updateAfter: cursor } : { ...window, createdAfter: cursor }, offset: 0 }
}
