import { describe, expect, it } from "vitest"
import { applyPriceRule } from "../../../src/channels/mapping/price"
import { offeredStock } from "../../../src/channels/mapping/stock"

describe("applyPriceRule", () => {
  it("rounds to the nearest 1,000 ₫ with halves going up", () => {
    expect(applyPriceRule(45_500)).toBe(46_000)
    expect(applyPriceRule(45_499)).toBe(45_000)
    expect(applyPriceRule(45_000)).toBe(45_000)
    expect(applyPriceRule(1_500)).toBe(2_000)
    expect(applyPriceRule(1_499)).toBe(1_000)
  })

  it("applies price × a + b before rounding", () => {
    // 45,000 × 1.1 + 5,000 = 54,500 → 55,000
    expect(applyPriceRule(45_000, { multiplier: 1.1, offset: 5_000 })).toBe(55_000)
    expect(applyPriceRule(100_000, { multiplier: 1, offset: -20_400 })).toBe(80_000)
  })

  it("is not fooled by binary float noise on an exact half", () => {
    // 45,000 × 0.7 is 31,499.999… in floating point; the true value 31,500 rounds up.
    expect(applyPriceRule(45_000, { multiplier: 0.7 })).toBe(32_000)
    expect(applyPriceRule(50_000, { multiplier: 1.15 })).toBe(58_000)
  })

  it("never goes below 1,000 ₫ and always returns an integer", () => {
    expect(applyPriceRule(400)).toBe(1_000)
    expect(applyPriceRule(0)).toBe(1_000)
    expect(applyPriceRule(10_000, { offset: -50_000 })).toBe(1_000)
    for (const price of [12_345, 99_999, 1_234_567]) expect(Number.isInteger(applyPriceRule(price, { multiplier: 1.07, offset: 333 }))).toBe(true)
  })

  it("refuses rules that make no sense", () => {
    expect(() => applyPriceRule(10_000, { multiplier: 0 })).toThrow(RangeError)
    expect(() => applyPriceRule(10_000, { multiplier: Number.NaN })).toThrow(RangeError)
    expect(() => applyPriceRule(Number.POSITIVE_INFINITY)).toThrow(RangeError)
  })
})

describe("offeredStock", () => {
  it("offers the whole stock by default, floored and never negative", () => {
    expect(offeredStock(12)).toBe(12)
    expect(offeredStock(12.9)).toBe(12)
    expect(offeredStock(-3)).toBe(0)
    expect(offeredStock(Number.NaN)).toBe(0)
  })

  it("keeps a reserve back", () => {
    expect(offeredStock(10, { reserve: 3 })).toBe(7)
    expect(offeredStock(2, { reserve: 3 })).toBe(0)
  })

  it("offers 0 below the threshold of master stock", () => {
    expect(offeredStock(4, { zeroBelow: 5 })).toBe(0)
    expect(offeredStock(5, { zeroBelow: 5 })).toBe(5)
  })

  it("offers a percentage of what is left, rounded down", () => {
    expect(offeredStock(7, { percent: 30 })).toBe(2)
    expect(offeredStock(10, { percent: 50, reserve: 2 })).toBe(4)
    expect(offeredStock(100, { percent: 0 })).toBe(0)
  })

  it("refuses a percentage above 100 or negative settings", () => {
    expect(() => offeredStock(10, { percent: 120 })).toThrow(RangeError)
    expect(() => offeredStock(10, { reserve: -1 })).toThrow(RangeError)
  })
})
