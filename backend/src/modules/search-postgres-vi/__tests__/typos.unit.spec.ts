import { describe, expect, it } from "vitest"
import { corrections, editDistance, readCorrections, tsQueryText, typoBudget } from "../typos"

const VOCABULARY = ["banh", "khao", "khoai", "kho", "hoa", "nam", "huong", "mien", "dong", "den", "trung", "khanh", "khan", "son", "tong"]

describe("typo corrections against the index vocabulary", () => {
  it("counts a swap of two letters as one edit", () => {
    expect(editDistance("khoa", "khao", 1)).toBe(1)
    expect(editDistance("dne", "den", 1)).toBe(1)
    expect(editDistance("huog", "huong", 1)).toBe(1)
    expect(editDistance("banh", "mien", 1)).toBe(2)
  })

  it("forgives one typo from three letters and two from eight, never in numbers", () => {
    expect([typoBudget("ao"), typoBudget("dog"), typoBudget("trungkha"), typoBudget("500")]).toEqual([0, 1, 2, 0])
  })

  it("corrects only the words the index does not know, closest first", () => {
    expect(corrections(["banh", "khoa"], VOCABULARY)).toEqual({ khoa: ["khoai", "kho", "khao", "hoa"] })
    expect(corrections(["nam", "huog"], VOCABULARY)).toEqual({ huog: ["huong"] })
    expect(corrections(["mien", "dog"], VOCABULARY)).toEqual({ dog: ["dong"] })
    expect(corrections(["banh", "khao"], VOCABULARY)).toEqual({})
    expect(corrections(["trung", "khan"], VOCABULARY, true)).toEqual({ khan: ["khanh", "khao"] })
    expect(corrections(["xyzzy"], VOCABULARY)).toEqual({})
  })

  it("builds a to_tsquery text: corrections OR-ed, words AND-ed, the last one a prefix when typing", () => {
    expect(tsQueryText(["banh", "khoa"], { khoa: ["khao", "khoai"] })).toBe("'banh' & ('khoa' | 'khao' | 'khoai')")
    expect(tsQueryText(["banh", "kh"], {}, "last")).toBe("'banh' & 'kh':*")
    expect(tsQueryText(["mat", "ong"], {}, "any")).toBe("'mat' | 'ong'")
  })

  it("reads corrections defensively from provider options", () => {
    expect(readCorrections({ khoa: ["khao"], bad: [1], other: "x" })).toEqual({ khoa: ["khao"] })
    expect(readCorrections(undefined)).toEqual({})
  })
})
