import { describe, expect, it } from "vitest"
import { hasProducerFilters, parseProducerParams, producerHref, producerQueryString } from "./params"

describe("producer list URL state", () => {
  it("parses one type, one district, a search and a page", () => {
    expect(parseProducerParams({ type: "hop_tac_xa", district: ["hoa_an", "ha_quang"], q: " tam  hoa ", page: "2" })).toEqual({
      q: "tam hoa",
      type: "hop_tac_xa",
      district: "hoa_an",
      page: 2,
    })
  })

  it("ignores unknown values", () => {
    expect(parseProducerParams({ type: "x", district: "y", page: "-1" })).toEqual({ q: null, type: null, district: null, page: 1 })
  })

  it("writes hrefs and resets the page when a filter changes", () => {
    const state = parseProducerParams({ type: "hop_tac_xa", page: "3" })
    expect(producerHref(state, { district: "hoa_an" })).toBe("/producers?type=hop_tac_xa&district=hoa_an")
    expect(producerHref(state, { page: 4 })).toBe("/producers?type=hop_tac_xa&page=4")
    expect(producerHref(state, { type: null })).toBe("/producers")
    expect(producerQueryString(state)).toBe("type=hop_tac_xa&page=3")
    expect(hasProducerFilters(state)).toBe(true)
  })
})
