import { describe, expect, it } from "vitest"
import { switchLocalePath } from "./switch-locale-path"

describe("switchLocalePath", () => {
  it("swaps the locale prefix and keeps the rest of the path", () => {
    expect(switchLocalePath("/vi/products/banh-khao", "vi", "en")).toBe("/en/products/banh-khao")
    expect(switchLocalePath("/en/producers", "en", "vi")).toBe("/vi/producers")
  })

  it("maps the home page and a path without prefix", () => {
    expect(switchLocalePath("/vi", "vi", "en")).toBe("/en")
    expect(switchLocalePath("/", "vi", "en")).toBe("/en")
  })

  it("never exposes the cached catalogue's internal route", () => {
    expect(switchLocalePath("/vi/catalogue-default", "vi", "en")).toBe("/en/products")
  })
})
