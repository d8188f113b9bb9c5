import { describe, expect, it } from "vitest"
import { formatDay } from "./dates"

describe("formatDay", () => {
  it("formats a calendar day per language without shifting it", () => {
    expect(formatDay("2029-03-27", "vi")).toBe("27/03/2029")
    expect(formatDay("2029-03-27", "en")).toBe("27 March 2029")
    expect(formatDay("2026-01-01", "vi")).toBe("01/01/2026")
  })

  it("returns anything that is not a day unchanged", () => {
    expect(formatDay("soon", "vi")).toBe("soon")
  })
})
