import { describe, expect, it } from "vitest"
import { formatVnd } from "./money"

describe("formatVnd", () => {
  it("formats whole đồng with dot thousands and a no-break space before ₫", () => {
    expect(formatVnd(120000)).toBe("120.000\u00a0₫")
    expect(formatVnd(85000)).toBe("85.000\u00a0₫")
    expect(formatVnd(1250000)).toBe("1.250.000\u00a0₫")
  })

  it("formats zero and small amounts", () => {
    expect(formatVnd(0)).toBe("0\u00a0₫")
    expect(formatVnd(500)).toBe("500\u00a0₫")
  })

  it("rounds away fractions because VND has no minor unit", () => {
    expect(formatVnd(99999.6)).toBe("100.000\u00a0₫")
  })

  it("refuses values that are not amounts", () => {
    expect(() => formatVnd(Number.NaN)).toThrow(RangeError)
    expect(() => formatVnd(Number.POSITIVE_INFINITY)).toThrow(RangeError)
  })
})
