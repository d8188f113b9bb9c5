import { describe, expect, it } from "vitest"
import { nextOrderPage } from "../../../src/channels/lazada/order-window"
import type { LazadaOrder, LazadaOrdersQuery } from "../../../src/channels/lazada"

function orders(count: number, createdAt: (index: number) => string): LazadaOrder[] {
  return Array.from({ length: count }, (_, index) => ({
    orderId: String(index),
    orderNumber: null,
    createdAt: createdAt(index),
    updatedAt: null,
    statuses: [],
    price: null,
    itemsCount: null,
    paymentMethod: null,
    shippingFee: null,
    voucher: null,
  }))
}

const WINDOW: LazadaOrdersQuery = { createdAfter: "2025-01-01T00:00:00+07:00", sortBy: "created_at", sortDirection: "ASC", limit: 100 }

describe("GetOrders paging window", () => {
  it("moves the offset while it stays within 5000", () => {
    const page = { orders: orders(100, () => "2025-01-02T00:00:00+07:00"), countTotal: 9000 }
    expect(nextOrderPage(WINDOW, 0, page, 100)).toEqual({ window: WINDOW, offset: 100 })
    expect(nextOrderPage(WINDOW, 4800, page, 100)).toEqual({ window: WINDOW, offset: 4900 })
  })

  it("restarts at offset 0 from the last order's time when 5000 would be passed", () => {
    const page = { orders: orders(100, (index) => `2025-01-02T00:00:${String(index % 60).padStart(2, "0")}+07:00`), countTotal: 9000 }
    const next = nextOrderPage(WINDOW, 4900, page, 100)
    expect(next).toEqual({ window: { ...WINDOW, createdAfter: "2025-01-02T00:00:39+07:00" }, offset: 0 })
  })

  it("stops on a short page and refuses a window that cannot move", () => {
    expect(nextOrderPage(WINDOW, 0, { orders: orders(40, () => "x"), countTotal: 40 }, 100)).toBeNull()
    const stuck = { orders: orders(100, () => "2025-01-01T00:00:00+07:00"), countTotal: 9000 }
    expect(() => nextOrderPage(WINDOW, 4900, stuck, 100)).toThrow(/5000 orders/)
  })
})
