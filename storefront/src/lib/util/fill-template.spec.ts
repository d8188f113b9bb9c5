import { describe, expect, it } from "vitest"
import { fillTemplate } from "./fill-template"

describe("fillTemplate", () => {
  it("fills every named placeholder", () => {
    expect(fillTemplate("Chỉ còn {count} sản phẩm", { count: 3 })).toBe("Chỉ còn 3 sản phẩm")
    expect(fillTemplate("{a} và {a}, {b}", { a: "x", b: 0 })).toBe("x và x, 0")
  })

  it("leaves unknown placeholders as written rather than inventing a value", () => {
    expect(fillTemplate("Tối đa {max}", {})).toBe("Tối đa {max}")
    expect(fillTemplate("{toString}", {})).toBe("{toString}")
  })
})
