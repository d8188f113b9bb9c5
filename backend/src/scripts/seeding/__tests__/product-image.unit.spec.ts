import { describe, expect, it } from "vitest"
import { productImageSvg, wrapWords } from "../product-image"

describe("productImageSvg", () => {
  it("draws the Vietnamese name, escaped, with no star badge", () => {
    const svg = productImageSvg({
      title: "Bánh khảo Sơn Tòng <đặc biệt>",
      subtitle: "Hộp 500 g",
      group: "thuc_pham",
      place: "Phường Thục Phán, Cao Bằng",
    })
    expect(svg.startsWith("<svg")).toBe(true)
    expect(svg).toContain("Bánh khảo Sơn")
    expect(svg).toContain("&lt;đặc biệt&gt;")
    expect(svg).not.toContain("<đặc")
    expect(svg).not.toMatch(/★|sao/)
  })

  it("wraps long names into at most three lines", () => {
    expect(wrapWords("Trà xanh Tài Hồ Sìn", 16, 3)).toEqual(["Trà xanh Tài Hồ", "Sìn"])
    expect(wrapWords("một hai ba bốn năm sáu bảy tám chín mười mười một", 8, 3)).toHaveLength(3)
  })
})
