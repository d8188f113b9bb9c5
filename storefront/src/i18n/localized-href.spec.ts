import { describe, expect, it } from "vitest"
import { localizedHref } from "./localized-href"

describe("localizedHref", () => {
  it("prefixes paths with the locale and keeps the query", () => {
    expect(localizedHref("/products?stars=4&district=trung-khanh", "vi")).toBe("/vi/products?stars=4&district=trung-khanh")
    expect(localizedHref("/producers/htx-a", "en")).toBe("/en/producers/htx-a")
  })

  it("maps the home page to the bare locale", () => {
    expect(localizedHref("/", "en")).toBe("/en")
  })

  it("leaves absolute and external links alone", () => {
    expect(localizedHref("https://zalo.me/0912345678", "vi")).toBe("https://zalo.me/0912345678")
    expect(localizedHref("#main", "vi")).toBe("#main")
  })
})
