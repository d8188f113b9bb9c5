import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { buildTextQuery, escapeHighlight, planSearch, type MeiliSearchResult } from "../query"
import { buildIndexPlan, dateShadowAttribute } from "../settings"
import { expectMedusaError, productDefinition, providerQuery } from "./fixtures"

const plan = buildIndexPlan(productDefinition())

function plan_(query: Partial<SearchTypes.ProviderSearchQuery>) {
  return planSearch(providerQuery(query), plan)
}

function result(partial: Partial<MeiliSearchResult> = {}): MeiliSearchResult {
  return { hits: [], processingTimeMs: 1, ...partial }
}

describe("planSearch: the request", () => {
  it("translates a store search into one Meilisearch query", () => {
    const { queries } = plan_({
      q: "banh khao",
      filters: { status: "published", sales_channel_ids: { $in: ["sc_store"] }, price: { $gte: 50000, $lte: 100000 } },
      pagination: { skip: 20, take: 10, order: { price: "ASC" } },
      attributes_to_retrieve: ["title", "price"],
    })
    expect(queries).toEqual([
      {
        indexUid: "product_v1",
        q: "banh khao",
        filter: 'status = "published" AND sales_channel_ids = "sc_store" AND price >= 50000 AND price <= 100000',
        matchingStrategy: "all",
        locales: ["vie"],
        offset: 20,
        limit: 10,
        sort: ["price:asc"],
        attributesToRetrieve: ["id", "title", "price"],
      },
    ])
  })

  it("puts a hostile query text only into q, never into the filter", () => {
    const hostile = '" OR 1=1 AND status = "draft\\'
    const { queries } = plan_({ q: hostile, filters: { status: "published" } })
    expect(queries[0].q).toBe(hostile.trim())
    expect(queries[0].filter).toBe('status = "published"')
  })

  it("sends a placeholder search without q or locales when the text is blank", () => {
    const { queries } = plan_({ q: "   " })
    expect(queries[0]).not.toHaveProperty("q")
    expect(queries[0]).not.toHaveProperty("locales")
  })

  it("keeps Vietnamese text as typed: Meilisearch folds it", () => {
    expect(plan_({ q: "  Nấm hương  " }).queries[0].q).toBe("Nấm hương")
  })

  it("maps match strategies (Meilisearch's own default would be 'last')", () => {
    expect(plan_({ q: "mien dong" }).queries[0].matchingStrategy).toBe("all")
    expect(plan_({ q: "mien do", search_options: { match_strategy: "last" } }).queries[0].matchingStrategy).toBe("all")
    expect(
      plan_({ q: "mien dong", search_options: { provider_options: { meilisearch: { matchingStrategy: "frequency" } } } })
        .queries[0].matchingStrategy
    ).toBe("frequency")
    expectMedusaError(() => plan_({ q: "x", search_options: { match_strategy: "any" } }), MedusaError.Types.NOT_ALLOWED, /"any"/)
    expectMedusaError(
      () => plan_({ q: "x", search_options: { provider_options: { meilisearch: { matchingStrategy: "some" } } } }),
      MedusaError.Types.INVALID_DATA,
      /matchingStrategy/
    )
    expectMedusaError(
      () => plan_({ q: "x", search_options: { provider_options: { meilisearch: { filter: "id EXISTS" } } } }),
      MedusaError.Types.INVALID_DATA,
      /Unsupported provider_options/
    )
  })

  it("turns typo_tolerance: false into exact one-word phrases", () => {
    expect(buildTextQuery('nam "huong', { typo_tolerance: false })).toBe('"nam" "huong"')
    expect(buildTextQuery("banh kh", { typo_tolerance: false, match_strategy: "last" })).toBe('"banh" kh')
    expect(buildTextQuery("nam huog", { typo_tolerance: true })).toBe("nam huog")
    expect(buildTextQuery(' " ', { typo_tolerance: false })).toBeUndefined()
  })

  it("sorts, placing _score where the ranking rules allow", () => {
    expect(plan_({ pagination: { order: { price: "DESC", _score: "DESC" } } }).queries[0].sort).toEqual(["price:desc"])
    expect(plan_({ pagination: { order: { certificate_valid_until: "ASC" } } }).queries[0].sort).toEqual([
      `${dateShadowAttribute("certificate_valid_until")}:asc`,
    ])
    expect(plan_({ pagination: { order: { _score: "DESC" } } }).queries[0]).not.toHaveProperty("sort")
    expectMedusaError(
      () => plan_({ pagination: { order: { _score: "DESC", price: "ASC" } } }),
      MedusaError.Types.NOT_ALLOWED,
      /last order key/
    )
    expectMedusaError(() => plan_({ pagination: { order: { _score: "ASC" } } }), MedusaError.Types.NOT_ALLOWED, /ascending/)
    expectMedusaError(() => plan_({ pagination: { order: { district: "ASC" } } }), MedusaError.Types.INVALID_DATA, /not sortable/)
    const relevanceFirst = buildIndexPlan(productDefinition(), { sortPriority: "relevance" })
    expect(
      planSearch(providerQuery({ pagination: { order: { _score: "DESC", price: "ASC" } } }), relevanceFirst).queries[0].sort
    ).toEqual(["price:asc"])
  })

  it("passes search options", () => {
    const { queries } = plan_({
      q: "mat ong",
      search_options: {
        attributes_to_search_on: ["title", "title_ascii"],
        include_score: true,
        min_score: 0.3,
        distinct: "handle",
        locales: ["vi-VN"],
      },
    })
    expect(queries[0]).toMatchObject({
      attributesToSearchOn: ["title", "title_ascii"],
      showRankingScore: true,
      rankingScoreThreshold: 0.3,
      distinct: "handle",
      locales: ["vie"],
    })
    expectMedusaError(
      () => plan_({ q: "x", search_options: { attributes_to_search_on: ["handle"] } }),
      MedusaError.Types.INVALID_DATA,
      /not searchable/
    )
    expectMedusaError(() => plan_({ search_options: { min_score: 2 } }), MedusaError.Types.INVALID_DATA, /between 0 and 1/)
    expectMedusaError(() => plan_({ search_options: { distinct: "title" } }), MedusaError.Types.INVALID_DATA, /filterable/)
    expectMedusaError(() => plan_({ q: "x", search_options: { locales: ["xx"] } }), MedusaError.Types.NOT_ALLOWED, /locale/)
  })

  it("refuses cursors, vectors and bad pagination", () => {
    expectMedusaError(() => plan_({ pagination: { cursor: "abc" } }), MedusaError.Types.NOT_ALLOWED, /cursor/)
    expectMedusaError(
      () => plan_({ search_options: { vector: { value: [0.1, 0.2] } } }),
      MedusaError.Types.NOT_ALLOWED,
      /vector/
    )
    expectMedusaError(() => plan_({ pagination: { skip: -1 } }), MedusaError.Types.INVALID_DATA, /skip/)
    expectMedusaError(() => plan_({ pagination: { take: 2.5 } }), MedusaError.Types.INVALID_DATA, /take/)
  })

  it("sends a match-nothing filter for an empty $in", () => {
    expect(plan_({ filters: { district: { $in: [] } } }).queries[0].filter).toBe("id NOT EXISTS")
  })

  it("highlights matched words with tags", () => {
    const { queries } = plan_({ q: "banh", search_options: { highlight: true } })
    expect(queries[0]).toMatchObject({
      attributesToHighlight: ["title", "subtitle", "producer_name", "description"],
      highlightPreTag: "<mark>",
      highlightPostTag: "</mark>",
    })
    const cropped = plan_({
      q: "banh",
      search_options: { highlight: { fields: ["title"], pre_tag: "<b>", post_tag: "</b>", snippet: { length: 5 } } },
    }).queries[0]
    expect(cropped).toMatchObject({ attributesToHighlight: ["title"], attributesToCrop: ["title"], cropLength: 5 })
    expect(plan_({ search_options: { highlight: true } }).queries[0]).not.toHaveProperty("attributesToHighlight")
  })
})

describe("planSearch: counts and facets", () => {
  it("asks for value and stats facets on the main query, ranges and counts as page-0 queries", () => {
    const { queries } = plan_({
      q: "banh",
      filters: { status: "published" },
      search_options: {
        facets: [
          "district",
          { field: "group", type: "value", limit: 2, sort: "alpha" },
          { field: "price", type: "stats" },
          { field: "price", type: "range", ranges: [{ to: 100000 }, { key: "mid", from: 100000, to: 300000 }, { from: 300000 }] },
          { field: "certificate_valid_until", type: "range", ranges: [{ from: "2027-01-01T00:00:00.000Z" }] },
        ],
      },
    })
    expect(queries[0].facets).toEqual(["district", "group", "price"])
    const extra = queries.slice(1)
    expect(extra.map((query) => query.filter)).toEqual([
      '(status = "published") AND (price EXISTS AND price IS NOT NULL)',
      '(status = "published") AND (price < 100000)',
      '(status = "published") AND (price >= 100000 AND price < 300000)',
      '(status = "published") AND (price >= 300000)',
      `(status = "published") AND (${dateShadowAttribute("certificate_valid_until")} >= ${Date.parse("2027-01-01T00:00:00.000Z")})`,
    ])
    for (const query of extra) {
      expect(query).toMatchObject({ q: "banh", page: 0, hitsPerPage: 1, matchingStrategy: "all" })
      expect(query).not.toHaveProperty("facets")
      expect(query).not.toHaveProperty("sort")
    }
  })

  it("refuses facets the field does not declare", () => {
    expectMedusaError(
      () => plan_({ search_options: { facets: [{ field: "price", type: "value" }] } }),
      MedusaError.Types.INVALID_DATA,
      /"value" facets/
    )
    expectMedusaError(() => plan_({ search_options: { facets: ["title"] } }), MedusaError.Types.INVALID_DATA, /"value" facets/)
  })

  it("uses page mode for an exact count when the page lines up, a count query otherwise", () => {
    const aligned = plan_({ pagination: { skip: 40, take: 20 }, search_options: { count: "exact" } }).queries
    expect(aligned).toHaveLength(1)
    expect(aligned[0]).toMatchObject({ page: 3, hitsPerPage: 20 })
    expect(aligned[0]).not.toHaveProperty("offset")
    const unaligned = plan_({ pagination: { skip: 5, take: 20 }, search_options: { count: "exact" } }).queries
    expect(unaligned).toHaveLength(2)
    expect(unaligned[0]).toMatchObject({ offset: 5, limit: 20 })
    expect(unaligned[1]).toMatchObject({ page: 0, hitsPerPage: 1 })
  })
})

describe("planSearch: the response", () => {
  it("maps hits, scores, highlights and the estimated count", () => {
    const { assemble } = plan_({
      q: "banh",
      attributes_to_retrieve: ["title", "price"],
      search_options: { include_score: true, highlight: true },
    })
    const answer = assemble([
      result({
        hits: [
          {
            id: "prod_banh_khao",
            title: "Bánh khảo <Trùng Khánh>",
            price: 85000,
            handle: "banh-khao",
            _rankingScore: 0.93,
            _formatted: { title: "<mark>Bánh</mark> khảo <Trùng Khánh> & \"quà\"", subtitle: "no match" },
          },
        ],
        estimatedTotalHits: 37,
        processingTimeMs: 4,
      }),
    ])
    expect(answer).toEqual({
      hits: [
        {
          id: "prod_banh_khao",
          score: 0.93,
          document: { title: "Bánh khảo <Trùng Khánh>", price: 85000 },
          highlights: { title: ["<mark>Bánh</mark> khảo &lt;Trùng Khánh&gt; &amp; &quot;quà&quot;"] },
        },
      ],
      facets: undefined,
      metadata: { skip: 0, take: 20, count: 37, query: "banh", processing_time_ms: 4 },
    })
  })

  it("assembles value, range and stats facets and the exact count", () => {
    const { assemble, queries } = plan_({
      q: "banh",
      pagination: { skip: 3, take: 10 },
      search_options: {
        count: "exact",
        facets: [
          { field: "district", type: "value", query: "tra" },
          { field: "price", type: "stats" },
          { field: "stars", type: "range", ranges: [{ to: 4 }, { key: "4+", from: 4 }] },
        ],
      },
    })
    expect(queries).toHaveLength(5)
    const distribution = { "Trùng Khánh": 4, "Trà Lĩnh": 2, "Hòa An": 4, "Nguyên Bình": 1 }
    const answer = assemble([
      result({
        estimatedTotalHits: 9,
        facetDistribution: { district: distribution },
        facetStats: { price: { min: 45000, max: 320000 } },
        processingTimeMs: 3,
      }),
      result({ totalHits: 8 }), // price has a value
      result({ totalHits: 5 }), // stars < 4
      result({ totalHits: 3 }), // stars >= 4
      result({ totalHits: 11, processingTimeMs: 6 }), // exact count
    ])
    // The facet query is a folded prefix: "tra" finds "Trà Lĩnh", not "Trùng Khánh".
    expect(answer.facets?.district).toEqual({ type: "value", values: [{ value: "Trà Lĩnh", count: 2 }] })
    expect(answer.facets?.price).toEqual({ type: "stats", min: 45000, max: 320000, count: 8 })
    expect(answer.facets?.stars).toEqual({
      type: "range",
      ranges: [
        { key: "*-4", from: undefined, to: 4, count: 5 },
        { key: "4+", from: 4, to: undefined, count: 3 },
      ],
    })
    expect(answer.metadata).toEqual({ skip: 3, take: 10, count: 11, query: "banh", processing_time_ms: 6 })
  })

  it("sorts value facets by count then Vietnamese alphabetical order, and alphabetically on request", () => {
    const distribution = { "Trùng Khánh": 4, "Bảo Lạc": 1, "Hòa An": 4, "Nguyên Bình": 2 }
    const byCount = plan_({ search_options: { facets: [{ field: "district", type: "value", limit: 3 }] } })
    expect(byCount.assemble([result({ facetDistribution: { district: distribution } })]).facets?.district).toEqual({
      type: "value",
      values: [
        { value: "Hòa An", count: 4 },
        { value: "Trùng Khánh", count: 4 },
        { value: "Nguyên Bình", count: 2 },
      ],
    })
    const alpha = plan_({ search_options: { facets: [{ field: "district", type: "value", sort: "alpha" }] } })
    expect(
      alpha.assemble([result({ facetDistribution: { district: distribution } })]).facets?.district
    ).toMatchObject({ values: [{ value: "Bảo Lạc" }, { value: "Hòa An" }, { value: "Nguyên Bình" }, { value: "Trùng Khánh" }] })
  })

  it("reports stats with their count, and none as null count", () => {
    const { assemble } = plan_({ search_options: { count: "none", facets: [{ field: "price", type: "stats" }] } })
    const answer = assemble([result({ facetStats: { price: { min: 45000, max: 320000 } } }), result({ totalHits: 5 })])
    expect(answer.facets?.price).toEqual({ type: "stats", min: 45000, max: 320000, count: 5 })
    expect(answer.metadata.count).toBeNull()
  })

  it("returns no hits for take 0 and fails loudly on a short answer", () => {
    const { assemble } = plan_({ pagination: { take: 0 }, search_options: { facets: [{ field: "price", type: "stats" }] } })
    expectMedusaError(() => assemble([result()]), MedusaError.Types.UNEXPECTED_STATE, /2 queries/)
    expect(assemble([result({ hits: [{ id: "x" }], estimatedTotalHits: 1 }), result({ totalHits: 1 })]).hits).toEqual([])
  })
})

describe("escapeHighlight", () => {
  it("escapes the text but keeps the tags", () => {
    expect(escapeHighlight("<em>Mật</em> ong <script>", "<em>", "</em>")).toBe("<em>Mật</em> ong &lt;script&gt;")
  })
})
