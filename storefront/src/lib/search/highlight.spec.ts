import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it } from "vitest"
import { highlightTitle } from "./highlight"

const render = (...args: Parameters<typeof highlightTitle>) => renderToStaticMarkup(createElement("h3", null, highlightTitle(...args)))

describe("highlightTitle", () => {
  it("wraps matched segments in <mark> and keeps the rest as text", () => {
    const html = render("Bánh khảo Hòa An", [
      { text: "Bánh khảo", match: true },
      { text: " Hòa An", match: false },
    ])
    expect(html).toBe('<h3><mark class="hl">Bánh khảo</mark> Hòa An</h3>')
  })

  it("marks several matches and skips empty segments", () => {
    const html = render("Miến dong Phia Đén", [
      { text: "Miến", match: true },
      { text: " ", match: false },
      { text: "", match: true },
      { text: "dong", match: true },
      { text: " Phia Đén", match: false },
    ], "x")
    expect(html).toBe('<h3><mark class="x">Miến</mark> <mark class="x">dong</mark> Phia Đén</h3>')
  })

  it("escapes markup in titles: segments are text, never HTML", () => {
    const html = render("<b>x</b>", [
      { text: "<b>", match: true },
      { text: "x</b>", match: false },
    ])
    expect(html).toBe('<h3><mark class="hl">&lt;b&gt;</mark>x&lt;/b&gt;</h3>')
  })

  it("falls back to the plain title without a match or with unusable segments", () => {
    expect(highlightTitle("Chè Shan tuyết", undefined)).toBe("Chè Shan tuyết")
    expect(highlightTitle("Chè Shan tuyết", [])).toBe("Chè Shan tuyết")
    expect(highlightTitle("Chè Shan tuyết", [{ text: "Chè Shan tuyết", match: false }])).toBe("Chè Shan tuyết")
    const broken = [{ text: null, match: true }] as unknown as Parameters<typeof highlightTitle>[1]
    expect(highlightTitle("Chè", broken)).toBe("Chè")
  })
})
