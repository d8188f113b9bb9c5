import { CATALOGUE_PARAM_NAMES } from "./param-names"
import { describe, expect, it } from "vitest"
import {
  availableSorts,
  backendQuery,
  catalogueHref,
  catalogueQueryString,
  clearFilters,
  defaultSort,
  EMPTY_STATE,
  hasFilters,
  hiddenFields,
  isIndexable,
  pageCount,
  pageWindow,
  parseCatalogueParams,
  toggleFacet,
  withPage,
  withoutSearch,
  withPriceRange,
  withSearch,
  withSort,
} from "./params"

describe("parseCatalogueParams", () => {
  it("reads every part of the state from the URL", () => {
    const state = parseCatalogueParams({
      q: "  bánh   khảo ",
      stars: "4",
      group: ["thuc_pham", "do_uong"],
      district: "hoa_an,ha_quang",
      producer_type: "hop_tac_xa",
      price_min: "100000",
      price_max: "200000",
      sort: "price_asc",
      page: "2",
    })
    expect(state).toEqual({
      q: "bánh khảo",
      stars: [4],
      group: ["thuc_pham", "do_uong"],
      district: ["ha_quang", "hoa_an"],
      producerType: ["hop_tac_xa"],
      priceMin: 100000,
      priceMax: 200000,
      sort: "price_asc",
      page: 2,
    })
  })

  it("drops unknown values instead of failing", () => {
    const state = parseCatalogueParams({
      stars: ["2", "4", "4", "x"],
      group: "thao_duoc",
      district: "ha_noi",
      producer_type: "<script>",
      price_min: "-5",
      price_max: "1e9",
      sort: "random",
      page: "0",
    })
    expect(state).toEqual({ ...EMPTY_STATE, stars: [4] })
  })

  it("keeps a page within bounds and swaps reversed price bounds", () => {
    expect(parseCatalogueParams({ page: "2.5" }).page).toBe(1)
    expect(parseCatalogueParams({ page: "99999" }).page).toBe(500)
    const state = parseCatalogueParams({ price_min: "300000", price_max: "100000" })
    expect([state.priceMin, state.priceMax]).toEqual([100000, 300000])
  })

  it("treats an empty form field as absent", () => {
    expect(parseCatalogueParams({ q: "", price_min: "", price_max: "", stars: "" })).toEqual(EMPTY_STATE)
  })

  it("limits the search to 200 characters without control characters", () => {
    const state = parseCatalogueParams({ q: `a\u0000b${"x".repeat(300)}` })
    expect(state.q?.startsWith("a b")).toBe(true)
    expect(state.q?.length).toBe(200)
  })
})

describe("catalogueQueryString / catalogueHref", () => {
  it("is canonical: fixed order, defaults left out", () => {
    const state = parseCatalogueParams({ sort: "relevance", page: "1", district: "hoa_an", stars: "4", q: "mien dong" })
    expect(catalogueQueryString(state)).toBe("q=mien+dong&stars=4&district=hoa_an")
    expect(catalogueQueryString(parseCatalogueParams({ sort: "stars", district: "hoa_an" }))).toBe("district=hoa_an")
    expect(catalogueHref(EMPTY_STATE)).toBe("/products")
  })

  it("round-trips through the parser", () => {
    const raw = { q: "chè", stars: ["4", "3"], district: "hoa_an", price_max: "99999", sort: "newest", page: "3" }
    const state = parseCatalogueParams(raw)
    const again = parseCatalogueParams(Object.fromEntries(groupParams(catalogueQueryString(state))))
    expect(again).toEqual(state)
  })
})

function groupParams(query: string): [string, string[]][] {
  const params = new URLSearchParams(query)
  return [...new Set(params.keys())].map((key) => [key, params.getAll(key)])
}

describe("state changes", () => {
  const base = parseCatalogueParams({ stars: "4", page: "3", sort: "price_desc" })

  it("toggles a facet value on and off and goes back to page 1", () => {
    const withDistrict = toggleFacet(base, "district", "hoa_an")
    expect(withDistrict.district).toEqual(["hoa_an"])
    expect(withDistrict.page).toBe(1)
    expect(toggleFacet(withDistrict, "district", "hoa_an").district).toEqual([])
    expect(toggleFacet(base, "stars", "4").stars).toEqual([])
    expect(toggleFacet(base, "stars", "3").stars).toEqual([4, 3])
  })

  it("ignores a value that does not belong to the facet", () => {
    expect(toggleFacet(base, "group", "nope").group).toEqual([])
  })

  it("changes sort, page and price", () => {
    expect(withSort(base, "title")).toMatchObject({ sort: "title", page: 1 })
    expect(withPage(base, 0).page).toBe(1)
    expect(withPriceRange(base, 100000, 199999)).toMatchObject({ priceMin: 100000, priceMax: 199999, page: 1 })
  })

  it("clears filters but keeps the sort", () => {
    const cleared = clearFilters(parseCatalogueParams({ q: "x", stars: "4", sort: "newest", page: "2" }))
    expect(cleared).toEqual({ ...EMPTY_STATE, sort: "newest" })
    expect(hasFilters(cleared)).toBe(false)
    expect(hasFilters(base)).toBe(true)
  })

  it("gives hidden form fields that keep everything but what the form edits", () => {
    const state = parseCatalogueParams({ q: "mien", stars: "4", price_min: "1000", page: "2" })
    expect(hiddenFields(state, "q")).toEqual([
      ["stars", "4"],
      ["price_min", "1000"],
    ])
    expect(hiddenFields(state, "price")).toEqual([
      ["q", "mien"],
      ["stars", "4"],
    ])
  })
})

describe("sort with and without search words", () => {
  it("orders a search by relevance unless another order is chosen", () => {
    expect(parseCatalogueParams({ q: "banh" }).sort).toBe("relevance")
    expect(parseCatalogueParams({ q: "banh", sort: "price_asc" }).sort).toBe("price_asc")
    expect(catalogueQueryString(parseCatalogueParams({ q: "banh", sort: "stars" }))).toBe("q=banh&sort=stars")
  })

  it("offers relevance only with search words and drops it from a URL without them", () => {
    expect(availableSorts(EMPTY_STATE)).not.toContain("relevance")
    expect(availableSorts(parseCatalogueParams({ q: "che" }))[0]).toBe("relevance")
    expect(parseCatalogueParams({ sort: "relevance" }).sort).toBe("stars")
    expect(catalogueQueryString({ ...EMPTY_STATE, sort: "relevance" })).toBe("")
    expect(defaultSort({ q: null })).toBe("stars")
  })

  it("leaves relevance when the words are removed or the filters cleared", () => {
    const search = parseCatalogueParams({ q: "che", stars: "4", page: "2" })
    expect(withoutSearch(search)).toEqual({ ...EMPTY_STATE, stars: [4] })
    expect(clearFilters(search)).toEqual(EMPTY_STATE)
    expect(withoutSearch(parseCatalogueParams({ q: "che", sort: "newest" })).sort).toBe("newest")
  })

  it("searches other words keeping the filters, and a chosen order", () => {
    const search = parseCatalogueParams({ q: "banh khoa", district: "hoa_an", page: "3" })
    expect(catalogueHref(withSearch(search, "bánh khảo"))).toBe("/products?q=b%C3%A1nh+kh%E1%BA%A3o&district=hoa_an")
    expect(withSearch(parseCatalogueParams({ sort: "price_asc" }), "mien").sort).toBe("price_asc")
    expect(withSearch(EMPTY_STATE, "mien").sort).toBe("relevance")
    expect(withSearch(parseCatalogueParams({ q: "x" }), " ")).toEqual(EMPTY_STATE)
  })

  it("keeps a chosen order in the search form's hidden fields, never a default one", () => {
    expect(hiddenFields(EMPTY_STATE, "q")).toEqual([])
    expect(hiddenFields(parseCatalogueParams({ sort: "newest", stars: "5" }), "q")).toEqual([
      ["stars", "5"],
      ["sort", "newest"],
    ])
    expect(hiddenFields(parseCatalogueParams({ q: "a", sort: "stars" }), "q")).toEqual([["sort", "stars"]])
  })
})

describe("backendQuery", () => {
  const state = parseCatalogueParams({ stars: ["3", "4"], district: "hoa_an", price_min: "50000", page: "2", q: "che" })

  it("sends lists comma-separated with offset from the page", () => {
    expect(backendQuery(state, { regionId: "reg_1", facets: true })).toEqual({
      q: "che",
      stars: "4,3",
      district: "hoa_an",
      price_min: 50000,
      sort: "relevance",
      limit: 24,
      offset: 24,
      facets: "true",
      region_id: "reg_1",
    })
  })

  it("leaves one facet or the price out for disjunctive counts", () => {
    const query = backendQuery(state, { without: "district", limit: 1, offset: 0 })
    expect(query).not.toHaveProperty("district")
    expect(query).toMatchObject({ stars: "4,3", limit: 1, offset: 0 })
    expect(backendQuery(state, { without: "price" })).not.toHaveProperty("price_min")
  })
})

describe("isIndexable", () => {
  it("indexes the plain catalogue and one-facet views only", () => {
    expect(isIndexable(EMPTY_STATE)).toBe(true)
    expect(isIndexable(parseCatalogueParams({ group: "do_uong" }))).toBe(true)
    expect(isIndexable(parseCatalogueParams({ page: "4" }))).toBe(true)
    expect(isIndexable(parseCatalogueParams({ group: "do_uong", stars: "4" }))).toBe(false)
    expect(isIndexable(parseCatalogueParams({ q: "banh" }))).toBe(false)
    expect(isIndexable(parseCatalogueParams({ sort: "newest" }))).toBe(false)
  })
})

describe("pagination helpers", () => {
  it("counts pages", () => {
    expect(pageCount(0)).toBe(1)
    expect(pageCount(24)).toBe(1)
    expect(pageCount(25)).toBe(2)
    expect(pageCount(144)).toBe(6)
  })

  it("shows first, last and the neighbours of the current page", () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(1, 6)).toEqual([1, 2, null, 6])
    expect(pageWindow(4, 6)).toEqual([1, null, 3, 4, 5, 6])
    expect(pageWindow(6, 12)).toEqual([1, null, 5, 6, 7, null, 12])
  })
})

describe("CATALOGUE_PARAM_NAMES", () => {
  it("lists every parameter the catalogue writes, so no filtered address is served the default page", () => {
    const everything = parseCatalogueParams({
      q: "banh khao",
      stars: "4",
      group: "thuc_pham",
      district: "hoa_an",
      producer_type: "hop_tac_xa",
      price_min: "100000",
      price_max: "200000",
      sort: "price_asc",
      page: "2",
    })
    const written = [...new URLSearchParams(catalogueQueryString(everything)).keys()]
    expect(new Set(written)).toEqual(new Set(CATALOGUE_PARAM_NAMES))
  })
})
