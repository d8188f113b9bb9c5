import { describe, expect, it } from "vitest"
import { cleanQuery, editDistance, highlightTitle, queryWords, suggestFromTitles, wordMatches } from "../query-text"

describe("cleanQuery", () => {
  it("drops control characters and extra spaces", () => {
    expect(cleanQuery("  banh\u0000 khao\u0007\n\t ")).toBe("banh khao")
    expect(cleanQuery("bánh\u200bkhảo")).toBe("bánh khảo")
  })

  it("cuts long text to 200 characters at a space", () => {
    const cleaned = cleanQuery(`banh khao ${"nam huong ".repeat(100)}`)
    expect(cleaned.length).toBeLessThanOrEqual(200)
    expect(cleaned.endsWith("nam huong")).toBe(true)
    expect(cleanQuery("x".repeat(1000))).toHaveLength(200)
  })

  it("keeps syntax as text and empties a query with nothing to look for", () => {
    expect(cleanQuery("'; DROP TABLE product; --")).toBe("'; DROP TABLE product; --")
    expect(cleanQuery("%%% ---")).toBe("")
    expect(cleanQuery(undefined)).toBe("")
  })
})

describe("matching words", () => {
  it("folds accents and đ, and splits on punctuation", () => {
    expect(queryWords("Bánh-khảo  ĐẠI Hoàng!")).toEqual(["banh", "khao", "dai", "hoang"])
  })

  it("counts a transposition as one edit", () => {
    expect(editDistance("khoa", "khao")).toBe(1)
    expect(editDistance("huog", "huong")).toBe(1)
    expect(editDistance("banh", "mien")).toBeGreaterThan(2)
  })

  it("accepts the same word, a prefix, or a typo within budget", () => {
    expect(wordMatches("khao", "khao")).toBe(true)
    expect(wordMatches("khao", "kh")).toBe(true)
    expect(wordMatches("khao", "khoa")).toBe(true)
    expect(wordMatches("de", "do")).toBe(false)
    expect(wordMatches("khanh", "khan")).toBe(true)
  })

})

describe("highlightTitle", () => {
  it("marks matched words, the space between them included, as plain segments", () => {
    expect(highlightTitle("Bánh khảo Sơn Tòng", "banh khoa")).toEqual([
      { text: "Bánh khảo", match: true },
      { text: " Sơn Tòng", match: false },
    ])
    expect(highlightTitle("Rượu ngô Đại Hoàng", "dai")).toEqual([
      { text: "Rượu ngô ", match: false },
      { text: "Đại", match: true },
      { text: " Hoàng", match: false },
    ])
  })

  it("returns the whole title unmatched without a query", () => {
    expect(highlightTitle("Nấm hương Trúc Mai", "")).toEqual([{ text: "Nấm hương Trúc Mai", match: false }])
  })

  it("never produces markup", () => {
    const segments = highlightTitle("<b>Bánh</b> khảo", "banh")
    expect(segments.map((segment) => segment.text).join("")).toBe("<b>Bánh</b> khảo")
  })
})

describe("suggestFromTitles", () => {
  it("offers the closest run of title words, word by word", () => {
    expect(suggestFromTitles("nam huog", ["Nấm hương Trúc Mai", "Miến dong Tân Việt Á"])).toBe("Nấm hương")
    expect(suggestFromTitles("banh khoa", ["Chè lam Hà Quảng", "Bánh khảo Sơn Tòng"])).toBe("Bánh khảo")
    expect(suggestFromTitles("keo lac yen cogn", ["Kẹo lạc Yên Công"])).toBe("Kẹo lạc Yên Công")
    expect(suggestFromTitles("hat de trung khan", ["Hạt dẻ Trùng Khánh"])).toBe("Hạt dẻ Trùng Khánh")
  })

  it("offers nothing when the query is already right or nothing is close", () => {
    expect(suggestFromTitles("nam huong", ["Nấm hương Trúc Mai"])).toBeNull()
    expect(suggestFromTitles("xyzzy", ["Nấm hương Trúc Mai"])).toBeNull()
    expect(suggestFromTitles("nam huog", [])).toBeNull()
    expect(suggestFromTitles("kolia hong tra", ["Hồng trà Kolia"])).toBeNull()
  })
})
