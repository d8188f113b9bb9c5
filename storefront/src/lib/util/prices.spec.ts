import { describe, expect, it } from "vitest"
import { cheapestPrice } from "./prices"

describe("cheapestPrice", () => {
  it("picks the lowest calculated amount across variants", () => {
    const product = {
      variants: [
        { calculated_price: { calculated_amount: 150000 } },
        { calculated_price: { calculated_amount: 85000 } },
      ],
    }
    expect(cheapestPrice(product)).toBe(85000)
  })

  it("returns null for a product without prices in the region", () => {
    expect(cheapestPrice({ variants: [{ calculated_price: null }] })).toBeNull()
    expect(cheapestPrice({ variants: null })).toBeNull()
  })

  it("uses a search card's index price (whole đồng) when it has one", () => {
    expect(cheapestPrice({ price_vnd: 45000 })).toBe(45000)
    expect(cheapestPrice({ price_vnd: null, variants: [{ calculated_price: { calculated_amount: 52000 } }] })).toBe(52000)
  })
})
