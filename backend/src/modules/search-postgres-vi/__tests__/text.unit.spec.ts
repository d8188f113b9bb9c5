import { describe, expect, it } from "vitest"
import { foldVietnamese } from "../../ocop/domain/text"
import { containsPattern, FOLD_ALPHABET, foldText, parseQuery } from "../text"

describe("Vietnamese folding for the search provider", () => {
  it("folds every accented letter in SQL (translate map) exactly as in TypeScript", () => {
    const accented = [...FOLD_ALPHABET.accented]
    const plain = [...FOLD_ALPHABET.plain]
    expect(plain).toHaveLength(accented.length)
    accented.forEach((letter, index) => {
      expect(plain[index]).toBe(foldText(letter))
      // The SQL side lower()s after translate(), so compare lower-case.
      expect(plain[index]).toBe(foldVietnamese(letter).toLowerCase())
    })
  })

  it("folds decomposed (NFD) input too", () => {
    expect(foldText("Bánh khảo".normalize("NFD"))).toBe("banh khao")
    expect(foldText("ĐẶC SẢN")).toBe("dac san")
  })

  it("parses a query into words, keeping accents for the exact-accent bonus", () => {
    expect(parseQuery("Bánh-khảo  'OR 1=1")).toEqual({ text: "bánh khảo or 1 1", folded: "banh khao or 1 1", accented: true })
    expect(parseQuery("nam huong")).toEqual({ text: "nam huong", folded: "nam huong", accented: false })
    expect(parseQuery("%%%").text).toBe("")
  })

  it("escapes LIKE wildcards", () => {
    expect(containsPattern("50%_off\\")).toBe("%50\\%\\_off\\\\%")
  })
})
