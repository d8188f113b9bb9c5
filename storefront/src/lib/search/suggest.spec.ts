import { describe, expect, it } from "vitest"
import { suggestionHref, suggestionItems, suggestQuery, suggestUrl } from "./suggest"

describe("suggestQuery", () => {
  it("asks from the 2nd character, spaces collapsed", () => {
    expect(suggestQuery("")).toBeNull()
    expect(suggestQuery(" b ")).toBeNull()
    expect(suggestQuery("bá")).toBe("bá")
    expect(suggestQuery("  banh   kh\n")).toBe("banh kh")
    expect(suggestQuery(null)).toBeNull()
  })

  it("counts a Vietnamese letter typed as base + combining mark as one character", () => {
    expect(suggestQuery("a\u0301")).toBeNull()
    expect(suggestQuery("ba\u0301")).toBe("bá")
  })

  it("caps the words at 100 characters", () => {
    expect(suggestQuery("x".repeat(300))).toHaveLength(100)
  })
})

describe("suggestion URLs", () => {
  it("calls the same-origin route with the words encoded", () => {
    expect(suggestUrl("bánh khảo & mật")).toBe("/api/search/suggest?q=b%C3%A1nh%20kh%E1%BA%A3o%20%26%20m%E1%BA%ADt")
  })

  it("links products and producers under the locale, refusing odd handles", () => {
    expect(suggestionHref("vi", "product", "banh-khao-hoa-an")).toBe("/vi/products/banh-khao-hoa-an")
    expect(suggestionHref("en", "producer", "htx-hoa-an")).toBe("/en/producers/htx-hoa-an")
    expect(suggestionHref("vi", "product", "../admin")).toBeNull()
    expect(suggestionHref("vi", "product", "")).toBeNull()
  })

  it("lists products, then producers, then the search itself", () => {
    const items = suggestionItems(
      "vi",
      {
        products: [
          { handle: "banh-khao", title: "Bánh khảo", thumbnail: null, stars: 4 },
          { handle: "Bad Handle", title: "x", thumbnail: null, stars: null },
        ],
        producers: [{ handle: "htx-a", name: "HTX A", type: "hop_tac_xa" }],
      },
      "banh kh"
    )
    expect(items).toEqual([
      { kind: "product", href: "/vi/products/banh-khao", label: "Bánh khảo", stars: 4 },
      { kind: "producer", href: "/vi/producers/htx-a", label: "HTX A" },
      { kind: "search", label: "banh kh" },
    ])
    expect(suggestionItems("en", null, "xy")).toEqual([{ kind: "search", label: "xy" }])
  })
})
