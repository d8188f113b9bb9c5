import type { SearchTypes } from "@medusajs/framework/types"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { MeilisearchSearchProvider } from "../../../src/modules/search-meilisearch/service"
import {
  PRODUCTS,
  RETRIEVABLE,
  productDefinition,
} from "../../../src/modules/search-meilisearch/__tests__/fixtures"

/**
 * Runs the provider against a real Meilisearch (no Medusa app, no database):
 * MEILISEARCH_HOST=http://127.0.0.1:7700 MEILISEARCH_API_KEY=<master key>
 * pnpm run test:integration -- integration-tests/http/search-meilisearch
 * Without MEILISEARCH_HOST the suite is reported as skipped, with the reason in its title.
 */
const HOST = process.env.MEILISEARCH_HOST
const API_KEY = process.env.MEILISEARCH_API_KEY ?? process.env.MEILI_MASTER_KEY
const TITLE = HOST
  ? `Meilisearch provider against ${HOST}`
  : "Meilisearch provider against a live server (skipped: MEILISEARCH_HOST is not set)"

if (!HOST) {
  // Also said outside the titles, for reporters that only count skipped tests.
  console.warn(`[search-meilisearch] live tests skipped: MEILISEARCH_HOST is not set`)
}

describe.skipIf(!HOST)(TITLE, () => {
  const uid = `ocop_live_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
  const definition = productDefinition({ physical_name: uid })
  // Built in beforeAll: a skipped suite's body still runs to collect its tests.
  let provider: MeilisearchSearchProvider

  async function settle(task: SearchTypes.SearchTask): Promise<void> {
    const settled = await provider.waitForTask(task, { timeout_ms: 60_000 })
    expect(settled.status, settled.error?.message).toBe("succeeded")
  }

  function query(partial: Partial<SearchTypes.ProviderSearchQuery>): SearchTypes.ProviderSearchQuery {
    return {
      index: definition,
      attributes_to_retrieve: RETRIEVABLE,
      pagination: { skip: 0, take: 20 },
      ...partial,
      search_options: { count: "exact", ...partial.search_options },
    }
  }

  async function ids(partial: Partial<SearchTypes.ProviderSearchQuery>): Promise<string[]> {
    return (await provider.search(query(partial))).hits.map((hit) => hit.id)
  }

  beforeAll(async () => {
    provider = new MeilisearchSearchProvider({}, { host: HOST ?? "", apiKey: API_KEY })
    const task = await provider.upsertIndex({ index: definition })
    expect(task.status).toBe("succeeded")
    await settle(await provider.upsertDocuments({ index: uid, definition, documents: PRODUCTS }))
  })

  afterAll(async () => {
    await provider?.deleteIndex({ index: uid }).catch(() => undefined)
  })

  it("lists the index with its documents", async () => {
    const info = (await provider.listIndexes()).find((index) => index.name === uid)
    expect(info?.provider).toBe("meilisearch")
    expect(info?.document_count).toBe(PRODUCTS.length)
  })

  it('finds "Bánh khảo" for "banh khao", "BÁNH KHẢO" and a typo', async () => {
    for (const q of ["banh khao", "BÁNH KHẢO", "bánh khảo", "banh khảo trung khanh", "banh khap"]) {
      expect((await ids({ q }))[0], q).toBe("prod_banh_khao")
    }
  })

  it('finds "Nấm hương" for "nam huog" (one typo on a 4-letter syllable)', async () => {
    expect((await ids({ q: "nam huog" }))[0]).toBe("prod_nam_huong")
    expect(await ids({ q: "nam huog", search_options: { typo_tolerance: false } })).toEqual([])
  })

  it("folds đ to d", async () => {
    expect((await ids({ q: "dau do" }))[0]).toBe("prod_dau_do")
    expect((await ids({ q: "Đậu Đỏ" }))[0]).toBe("prod_dau_do")
  })

  it("completes the last word as a prefix for typeahead", async () => {
    expect((await ids({ q: "mien do", search_options: { match_strategy: "last" } }))[0]).toBe("prod_mien_dong")
  })

  it("scopes to published products of a sales channel and filters by lists and ranges", async () => {
    const published = await ids({ filters: { status: "published", sales_channel_ids: { $in: ["sc_store"] } } })
    expect(published.sort()).toEqual(["prod_banh_khao", "prod_dau_do", "prod_mien_dong", "prod_nam_huong"])
    expect(await ids({ filters: { sales_channel_ids: "sc_b2b" } })).toEqual(["prod_mien_dong"])
    expect(
      (await ids({ filters: { district: { $in: ["Nguyên Bình", "Hà Quảng"] }, price: { $lte: 100000 } } })).sort()
    ).toEqual(["prod_dau_do", "prod_mien_dong"])
    expect(await ids({ filters: { status: { $ne: "published" } } })).toEqual(["prod_khan_tho_cam"])
    expect(
      (await ids({ filters: { certificate_valid_until: { $gte: "2027-01-01T00:00:00.000Z" } } })).sort()
    ).toEqual(["prod_banh_khao", "prod_khan_tho_cam", "prod_mien_dong"])
    expect(await ids({ filters: { district: { $in: [] } } })).toEqual([])
  })

  it("treats hostile text as text", async () => {
    expect(await ids({ q: '" OR 1=1 AND status = "draft' })).toEqual([])
    expect(await ids({ filters: { status: '" OR status = "draft' } })).toEqual([])
    expect(await ids({ filters: { handle: "x\\" } })).toEqual([])
  })

  it("sorts strictly by price, and pages with an exact count", async () => {
    const page = await provider.search(
      query({ filters: { status: "published" }, pagination: { skip: 1, take: 2, order: { price: "ASC" } } })
    )
    expect(page.hits.map((hit) => hit.id)).toEqual(["prod_mien_dong", "prod_banh_khao"])
    expect(page.metadata.count).toBe(4)
  })

  it("computes value, range and stats facets over the matches", async () => {
    const result = await provider.search(
      query({
        filters: { status: "published" },
        search_options: {
          facets: [
            "district",
            { field: "price", type: "stats" },
            { field: "stars", type: "range", ranges: [{ to: 4 }, { from: 4 }] },
          ],
        },
      })
    )
    expect(result.facets?.district).toEqual({
      type: "value",
      values: [
        { value: "Nguyên Bình", count: 2 },
        { value: "Hà Quảng", count: 1 },
        { value: "Trùng Khánh", count: 1 },
      ],
    })
    expect(result.facets?.price).toEqual({ type: "stats", min: 45000, max: 320000, count: 4 })
    expect(result.facets?.stars).toMatchObject({ type: "range", ranges: [{ count: 2 }, { count: 2 }] })
  })

  it("highlights the matched words", async () => {
    const [hit] = (
      await provider.search(query({ q: "banh khao", search_options: { highlight: { fields: ["title"] } } }))
    ).hits
    expect(hit.highlights?.title?.[0]).toBe("<mark>Bánh</mark> <mark>khảo</mark> Trùng Khánh")
  })

  it("deletes by id and by filter", async () => {
    await settle(await provider.deleteDocuments({ index: uid, filters: { id: ["prod_dau_do"] } }))
    await settle(await provider.deleteDocuments({ index: uid, filters: { status: "draft" } }))
    expect((await ids({})).sort()).toEqual(["prod_banh_khao", "prod_mien_dong", "prod_nam_huong"])
  })
})
