import { describe, expect, it } from "vitest"
import { anyInStock, clampQuantity, MAX_QUANTITY, maxQuantity, stockState, toVariantStock } from "./stock"

describe("toVariantStock", () => {
  it("reads tracked stock and treats untracked or backorderable stock as unlimited", () => {
    expect(
      toVariantStock([
        { id: "a", manage_inventory: true, inventory_quantity: 7 },
        { id: "b", manage_inventory: true, inventory_quantity: -2 },
        { id: "c", manage_inventory: false, inventory_quantity: 0 },
        { id: "d", manage_inventory: true, allow_backorder: true, inventory_quantity: 0 },
        { id: "e", manage_inventory: true },
      ])
    ).toEqual([
      { id: "a", available: 7 },
      { id: "b", available: 0 },
      { id: "c", available: null },
      { id: "d", available: null },
      { id: "e", available: 0 },
    ])
  })
})

describe("stock state and quantity limits", () => {
  it("says in stock, low, out or unknown", () => {
    expect(stockState({ id: "a", available: 50 })).toBe("in_stock")
    expect(stockState({ id: "a", available: 5 })).toBe("low")
    expect(stockState({ id: "a", available: 0 })).toBe("out")
    expect(stockState({ id: "a", available: null })).toBe("in_stock")
    expect(stockState(undefined)).toBe("unknown")
  })

  it("limits the stepper by stock, at most 99", () => {
    expect(maxQuantity({ id: "a", available: 3 })).toBe(3)
    expect(maxQuantity({ id: "a", available: 500 })).toBe(MAX_QUANTITY)
    expect(maxQuantity({ id: "a", available: null })).toBe(MAX_QUANTITY)
    expect(maxQuantity({ id: "a", available: 0 })).toBe(0)
  })

  it("clamps typed quantities", () => {
    expect(clampQuantity(0, 5)).toBe(1)
    expect(clampQuantity(9, 5)).toBe(5)
    expect(clampQuantity(2.7, 5)).toBe(2)
    expect(clampQuantity(Number.NaN, 5)).toBe(1)
    expect(clampQuantity(3, 0)).toBe(0)
  })

  it("knows whether anything can be bought", () => {
    expect(anyInStock([{ id: "a", available: 0 }])).toBe(false)
    expect(anyInStock([{ id: "a", available: 0 }, { id: "b", available: null }])).toBe(true)
  })
})
