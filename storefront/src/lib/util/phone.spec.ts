import { describe, expect, it } from "vitest"
import { formatPhone, safeZaloHref, telHref } from "./phone"

describe("formatPhone", () => {
  it("writes mobiles as 0912 345 678", () => {
    expect(formatPhone("+84912345678")).toBe("0912 345 678")
    expect(formatPhone("+84813947230")).toBe("0813 947 230")
  })

  it("writes landlines with their area code", () => {
    expect(formatPhone("+842063469623")).toBe("0206 3469 623")
  })

  it("leaves anything else as it is", () => {
    expect(formatPhone("+33123456789")).toBe("+33123456789")
    expect(formatPhone("hotline")).toBe("hotline")
  })
})

describe("telHref", () => {
  it("dials the international form", () => {
    expect(telHref("+84912345678")).toBe("tel:+84912345678")
    expect(telHref("+84 912 345 678")).toBe("tel:+84912345678")
  })
})

describe("safeZaloHref", () => {
  it("keeps zalo.me links only", () => {
    expect(safeZaloHref("https://zalo.me/0912345678")).toBe("https://zalo.me/0912345678")
    expect(safeZaloHref("javascript:alert(1)")).toBeNull()
    expect(safeZaloHref("https://zalo.me.evil.com/x")).toBeNull()
    expect(safeZaloHref(null)).toBeNull()
  })
})
