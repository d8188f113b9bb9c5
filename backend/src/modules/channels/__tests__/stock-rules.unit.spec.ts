import { describe, expect, it } from "vitest"
import { offeredStock, variantAvailable } from "../domain/stock-rules"
import { tokenWarnings } from "../domain/token-expiry"

describe("offeredStock", () => {
  it("offers everything with the default rules", () => {
    expect(offeredStock(40, { reserve: 0, zero_below: 0, percent: 100 })).toBe(40)
  })

  it("keeps the reserve back, then takes the percentage, rounding down", () => {
    expect(offeredStock(40, { reserve: 5, zero_below: 0, percent: 50 })).toBe(17)
    expect(offeredStock(7, { reserve: 0, zero_below: 0, percent: 33 })).toBe(2)
  })

  it("offers 0 below the threshold and never a negative number", () => {
    expect(offeredStock(4, { reserve: 0, zero_below: 5, percent: 100 })).toBe(0)
    expect(offeredStock(5, { reserve: 0, zero_below: 5, percent: 100 })).toBe(5)
    expect(offeredStock(3, { reserve: 10, zero_below: 0, percent: 100 })).toBe(0)
    expect(offeredStock(-2, { reserve: 0, zero_below: 0, percent: 100 })).toBe(0)
  })
})

describe("variantAvailable", () => {
  it("lets the scarcest component of a kit decide", () => {
    expect(
      variantAvailable({
        manage_inventory: true,
        items: [
          { required_quantity: 2, available: 9 },
          { required_quantity: 1, available: 6 },
        ],
      })
    ).toBe(4)
  })

  it("offers nothing for unmanaged stock, no items or oversold items", () => {
    expect(variantAvailable({ manage_inventory: false, items: [{ required_quantity: 1, available: 9 }] })).toBe(0)
    expect(variantAvailable({ manage_inventory: true, items: [] })).toBe(0)
    expect(variantAvailable({ manage_inventory: true, items: [{ required_quantity: 1, available: -3 }] })).toBe(0)
  })
})

describe("tokenWarnings", () => {
  const now = new Date("2026-06-01T00:00:00Z")
  it("warns a week before the refresh token and a month before the authorisation ends", () => {
    expect(
      tokenWarnings(
        {
          access_expires_at: "2026-05-31T00:00:00Z",
          refresh_expires_at: "2026-06-05T00:00:00Z",
          authorisation_expires_at: "2026-06-20T00:00:00Z",
        },
        now
      )
    ).toEqual([
      { token: "refresh", level: "soon", expires_at: "2026-06-05T00:00:00.000Z", days_left: 4 },
      { token: "authorisation", level: "soon", expires_at: "2026-06-20T00:00:00.000Z", days_left: 19 },
    ])
  })

  it("says expired, and stays quiet when nothing is near", () => {
    expect(tokenWarnings({ access_expires_at: null, refresh_expires_at: "2026-05-01T00:00:00Z", authorisation_expires_at: null }, now)).toEqual([
      { token: "refresh", level: "expired", expires_at: "2026-05-01T00:00:00.000Z", days_left: -31 },
    ])
    expect(tokenWarnings({ access_expires_at: null, refresh_expires_at: "2026-09-01T00:00:00Z", authorisation_expires_at: null }, now)).toEqual([])
  })
})
