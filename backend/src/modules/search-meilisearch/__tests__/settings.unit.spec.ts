import { MedusaError, search } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { buildIndexPlan, buildIndexSettings, dateShadowAttribute } from "../settings"
import { foldVietnamese } from "../text"
import { expectMedusaError, productDefinition, productFields } from "./fixtures"

describe("buildIndexSettings for the product index", () => {
  const settings = buildIndexSettings(productDefinition())

  it("orders searchable attributes by weight, title first, ties in declaration order", () => {
    expect(settings.searchableAttributes).toEqual(["title", "title_ascii", "subtitle", "producer_name", "description"])
  })

  it("makes the store scoping, OCOP facet, price and certificate fields filterable", () => {
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining([
        "id",
        "status",
        "sales_channel_ids",
        "stars",
        "group",
        "district",
        "producer_type",
        "price",
        "in_stock",
        "tags",
        dateShadowAttribute("certificate_valid_until"),
      ])
    )
    // Sortable-only and searchable-only fields are not filterable.
    expect(settings.filterableAttributes).not.toContain("title")
    expect(settings.filterableAttributes).not.toContain(dateShadowAttribute("created_at"))
    // A date is filtered through its numeric shadow, not its ISO text.
    expect(settings.filterableAttributes).not.toContain("certificate_valid_until")
  })

  it("sorts dates through their numeric shadow", () => {
    expect(settings.sortableAttributes).toEqual([
      "title",
      "stars",
      "price",
      dateShadowAttribute("certificate_valid_until"),
      dateShadowAttribute("created_at"),
    ])
  })

  it("displays retrievable fields only (not the folded title)", () => {
    expect(settings.displayedAttributes).toContain("title")
    expect(settings.displayedAttributes).toContain("id")
    expect(settings.displayedAttributes).not.toContain("title_ascii")
  })

  it("tunes typo tolerance for short Vietnamese syllables", () => {
    expect(settings.typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      disableOnAttributes: [],
    })
    const oneTypo = settings.typoTolerance?.minWordSizeForTypos?.oneTypo ?? 0
    // "nam huog": the 4-letter misspelling gets its one typo (→ "huong")…
    expect(foldVietnamese("huog").length).toBeGreaterThanOrEqual(oneTypo)
    // …while 3-letter syllables ("nấm", "mè", "đỗ") stay exact.
    for (const syllable of ["nấm", "mật", "đỗ"]) expect(foldVietnamese(syllable).length).toBeLessThan(oneTypo)
    // The longest folded syllables are 7 letters: two typos only reach longer tokens.
    expect(foldVietnamese("nghiêng").length).toBeLessThan(settings.typoTolerance?.minWordSizeForTypos?.twoTypos ?? 0)
  })

  it("ranks by the requested sort first, then words, typo, proximity, attribute, exactness", () => {
    expect(settings.rankingRules).toEqual(["sort", "words", "typo", "proximity", "attribute", "exactness"])
  })

  it("marks the searchable attributes as Vietnamese", () => {
    expect(settings.localizedAttributes).toEqual([
      { attributePatterns: ["title", "title_ascii", "subtitle", "producer_name", "description"], locales: ["vie"] },
    ])
  })

  it("sets distinct, pagination and faceting", () => {
    expect(settings.distinctAttribute).toBeNull()
    expect(settings.pagination).toEqual({ maxTotalHits: 20000 })
    expect(settings.faceting).toEqual({ maxValuesPerFacet: 500, sortFacetValuesBy: { "*": "count" } })
  })
})

describe("buildIndexPlan options and definition settings", () => {
  it("takes typo thresholds and disabled attributes from the definition", () => {
    const settings = buildIndexSettings(
      productDefinition({
        settings: {
          typo_tolerance: { min_word_size_for_one_typo: 3, min_word_size_for_two_typos: 7, disabled_on_attributes: ["handle"] },
        },
      })
    )
    expect(settings.typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 3, twoTypos: 7 },
      disableOnAttributes: ["handle"],
    })
  })

  it("refuses incoherent typo thresholds and unknown attributes", () => {
    expectMedusaError(
      () => buildIndexSettings(productDefinition({ settings: { typo_tolerance: { min_word_size_for_one_typo: 9 } } })),
      MedusaError.Types.INVALID_DATA,
      /below min_word_size_for_one_typo/
    )
    expectMedusaError(
      () => buildIndexSettings(productDefinition({ settings: { typo_tolerance: { disabled_on_attributes: ["sku"] } } })),
      MedusaError.Types.INVALID_DATA,
      /unknown field "sku"/
    )
    expectMedusaError(
      () => buildIndexSettings(productDefinition({ settings: { distinct_attribute: "variant_id" } })),
      MedusaError.Types.INVALID_DATA,
      /unknown field "variant_id"/
    )
  })

  it("applies provider options", () => {
    const settings = buildIndexSettings(productDefinition(), {
      sortPriority: "relevance",
      locales: [],
      maxTotalHits: 5000,
      maxValuesPerFacet: 50,
      typoTolerance: { oneTypo: 5, twoTypos: 9 },
    })
    expect(settings.rankingRules).toEqual(["words", "typo", "proximity", "attribute", "sort", "exactness"])
    expect(settings).not.toHaveProperty("localizedAttributes")
    expect(settings.pagination).toEqual({ maxTotalHits: 5000 })
    expect(settings.faceting?.maxValuesPerFacet).toBe(50)
    expect(settings.typoTolerance?.minWordSizeForTypos).toEqual({ oneTypo: 5, twoTypos: 9 })
  })

  it("uses the definition's distinct attribute and merges raw Meilisearch settings last", () => {
    const settings = buildIndexSettings(
      productDefinition({
        settings: {
          distinct_attribute: "handle",
          provider_options: { meilisearch: { synonyms: { "mat ong": ["mật ong"] } } },
        },
      })
    )
    expect(settings.distinctAttribute).toBe("handle")
    expect(settings.synonyms).toEqual({ "mat ong": ["mật ong"] })
  })

  it("flattens object fields and keeps array-ness of parents", () => {
    const fields = search
      .define({
        id: search.keyword().filterable(),
        producer: search.object({
          name: search.text().searchable({ weight: 3 }),
          district: search.keyword().filterable(),
        }),
        certificates: search
          .object({ expires_at: search.date().filterable() })
          .array(),
        embedding: search.vector(8),
      })
      .toFields()
    const plan = buildIndexPlan({ name: "producer", fields })
    expect(plan.uid).toBe("producer")
    expect(plan.searchable).toEqual(["producer.name"])
    expect(plan.settings.filterableAttributes).toEqual(
      expect.arrayContaining(["producer.district", dateShadowAttribute("certificates.expires_at")])
    )
    expect(plan.fields.get("certificates.expires_at")?.array).toBe(true)
    expect(plan.fields.has("embedding")).toBe(false)
    expect(plan.ignored).toEqual([expect.stringContaining("embedding")])
  })

  it("refuses what Meilisearch cannot hold", () => {
    expectMedusaError(
      () => buildIndexPlan(productDefinition({ physical_name: "product v1" })),
      MedusaError.Types.INVALID_DATA,
      /index uid/
    )
    expectMedusaError(
      () =>
        buildIndexPlan({
          name: "stores",
          fields: search.define({ id: search.keyword(), location: search.geo().filterable() }).toFields(),
        }),
      MedusaError.Types.INVALID_DATA,
      /geo field "location"/
    )
    expectMedusaError(
      () =>
        buildIndexPlan({
          name: "odd",
          fields: search.define({ id: search.keyword(), "price (vnd)": search.float().filterable() }).toFields(),
        }),
      MedusaError.Types.INVALID_DATA,
      /field "price \(vnd\)"/
    )
    expectMedusaError(
      () => buildIndexPlan({ name: "nokey", primary_key: "sku", fields: productFields.toFields() }),
      MedusaError.Types.INVALID_DATA,
      /primary key "sku"/
    )
    expectMedusaError(
      () => buildIndexPlan(productDefinition(), { locales: ["Vietnamese"] }),
      MedusaError.Types.INVALID_DATA,
      /locale "Vietnamese"/
    )
  })
})

describe("foldVietnamese", () => {
  it("folds tones, vowel marks and đ like Meilisearch's tokenizer", () => {
    expect(foldVietnamese("Bánh khảo Đông Khê")).toBe("banh khao dong khe")
    expect(foldVietnamese("NẤM HƯƠNG")).toBe("nam huong")
    expect(foldVietnamese("Ðậu đỏ")).toBe("dau do")
    expect(foldVietnamese("Mật ong".normalize("NFD"))).toBe("mat ong")
  })
})
