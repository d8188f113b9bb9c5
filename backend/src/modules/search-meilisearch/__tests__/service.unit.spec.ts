import { MedusaError } from "@medusajs/framework/utils"
import type { Meilisearch } from "meilisearch" with { "resolution-mode": "import" }
import { beforeEach, describe, expect, it } from "vitest"
import { MeilisearchSearchProvider } from "../service"
import { dateShadowAttribute } from "../settings"
import { PRODUCTS, productDefinition, providerQuery } from "./fixtures"

type Call = { method: string; uid?: string; args: unknown[] }
type FakeTask = { uid: number; indexUid: string | null; status: string; error: unknown }

class FakeApiError extends Error {
  name = "MeilisearchApiError"
  constructor(readonly cause: { message: string; code: string; type: string; link: string }) {
    super(cause.message)
  }
}

/** An in-memory stand-in for the meilisearch-js client: records calls, answers canned results. */
class FakeMeilisearch {
  calls: Call[] = []
  indexes = new Map<string, { uid: string; primaryKey?: string; createdAt: string; updatedAt: string }>()
  failTask?: { message: string; code: string; type: string; link: string }
  searchResults: Record<string, unknown>[] = []
  searchError?: Error
  private nextUid = 1

  private enqueue(method: string, uid: string | undefined, args: unknown[]) {
    this.calls.push({ method, uid, args })
    return Promise.resolve({ taskUid: this.nextUid++, indexUid: uid ?? null, status: "enqueued", type: method, enqueuedAt: "" })
  }

  getRawIndex(uid: string) {
    this.calls.push({ method: "getRawIndex", uid, args: [] })
    const index = this.indexes.get(uid)
    if (!index) {
      return Promise.reject(
        new FakeApiError({ message: `Index \`${uid}\` not found.`, code: "index_not_found", type: "invalid_request", link: "" })
      )
    }
    return Promise.resolve(index)
  }

  getRawIndexes({ offset = 0, limit = 20 }: { offset?: number; limit?: number }) {
    const all = [...this.indexes.values()]
    return Promise.resolve({ results: all.slice(offset, offset + limit), total: all.length, offset, limit })
  }

  getStats() {
    return Promise.resolve({ indexes: { product_v1: { numberOfDocuments: 5 } } })
  }

  createIndex(uid: string, options: { primaryKey?: string }) {
    this.indexes.set(uid, { uid, primaryKey: options.primaryKey, createdAt: "2025-01-01T00:00:00Z", updatedAt: "2025-01-02T00:00:00Z" })
    return this.enqueue("createIndex", uid, [options])
  }

  updateIndex(uid: string, options: { primaryKey?: string }) {
    return this.enqueue("updateIndex", uid, [options])
  }

  deleteIndex(uid: string) {
    this.indexes.delete(uid)
    return this.enqueue("deleteIndex", uid, [])
  }

  index(uid: string) {
    return {
      updateSettings: (settings: unknown) => this.enqueue("updateSettings", uid, [settings]),
      addDocuments: (documents: unknown, options: unknown) => this.enqueue("addDocuments", uid, [documents, options]),
      deleteDocuments: (params: unknown) => this.enqueue("deleteDocuments", uid, [params]),
      deleteAllDocuments: () => this.enqueue("deleteAllDocuments", uid, []),
    }
  }

  multiSearch(params: { queries: unknown[] }) {
    this.calls.push({ method: "multiSearch", args: [params] })
    if (this.searchError) return Promise.reject(this.searchError)
    return Promise.resolve({ results: this.searchResults })
  }

  tasks = {
    waitForTask: (uid: number, options: unknown): Promise<FakeTask> => {
      this.calls.push({ method: "waitForTask", args: [uid, options] })
      const failed = this.failTask
      return Promise.resolve({ uid, indexUid: "product_v1", status: failed ? "failed" : "succeeded", error: failed ?? null })
    },
  }

  methods(): string[] {
    return this.calls.map((call) => call.method)
  }
}

class TestProvider extends MeilisearchSearchProvider {
  constructor(readonly fake: FakeMeilisearch) {
    super({}, { host: "http://meili.test:7700", apiKey: "masterKey", taskTimeoutMs: 1000, taskIntervalMs: 5 })
  }

  protected async createClient(): Promise<Meilisearch> {
    return this.fake as unknown as Meilisearch
  }
}

let fake: FakeMeilisearch
let provider: TestProvider

beforeEach(() => {
  fake = new FakeMeilisearch()
  provider = new TestProvider(fake)
})

async function rejection(promise: Promise<unknown>): Promise<MedusaError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(MedusaError)
    return error as MedusaError
  }
  throw new Error("expected a rejection")
}

describe("MeilisearchSearchProvider", () => {
  it("is the Search Module provider 'meilisearch'", () => {
    expect(MeilisearchSearchProvider.identifier).toBe("meilisearch")
    expect(provider.identifier).toBe("meilisearch")
  })

  it("validates its options", () => {
    expect(() => MeilisearchSearchProvider.validateOptions({ host: "http://127.0.0.1:7700", apiKey: "k" })).not.toThrow()
    expect(() => MeilisearchSearchProvider.validateOptions({})).toThrow(/"host" must be/)
    expect(() =>
      MeilisearchSearchProvider.validateOptions({ host: "http://x", maxTotalHits: 0, sortPriority: "price", locales: "vie" })
    ).toThrow(/maxTotalHits.*locales|locales.*maxTotalHits/)
  })

  it("creates a missing index with its primary key, applies the settings and waits for both", async () => {
    const task = await provider.upsertIndex({ index: productDefinition() })
    expect(task).toEqual({ id: "2", index: "product_v1", status: "succeeded" })
    expect(fake.methods()).toEqual(["getRawIndex", "createIndex", "waitForTask", "updateSettings", "waitForTask"])
    expect(fake.calls[1].args).toEqual([{ primaryKey: "id" }])
    const settings = fake.calls[3].args[0] as { searchableAttributes: string[]; typoTolerance: unknown }
    expect(settings.searchableAttributes[0]).toBe("title")
    expect(fake.calls[2].args[1]).toEqual({ timeout: 1000, interval: 5 })
  })

  it("keeps an existing index, and recreates one whose primary key differs", async () => {
    fake.indexes.set("product_v1", { uid: "product_v1", primaryKey: "id", createdAt: "", updatedAt: "" })
    await provider.upsertIndex({ index: productDefinition() })
    expect(fake.methods()).toEqual(["getRawIndex", "updateSettings", "waitForTask"])

    fake.calls = []
    fake.indexes.set("product_v1", { uid: "product_v1", primaryKey: "handle", createdAt: "", updatedAt: "" })
    await provider.upsertIndex({ index: productDefinition() })
    expect(fake.methods()).toEqual([
      "getRawIndex",
      "deleteIndex",
      "waitForTask",
      "createIndex",
      "waitForTask",
      "updateSettings",
      "waitForTask",
    ])
  })

  it("fails the migration when Meilisearch rejects the settings", async () => {
    fake.indexes.set("product_v1", { uid: "product_v1", primaryKey: "id", createdAt: "", updatedAt: "" })
    fake.failTask = {
      message: "Unknown field `localizedAttributes`",
      code: "bad_request",
      type: "invalid_request",
      link: "https://docs.meilisearch.com/errors#bad_request",
    }
    const error = await rejection(provider.upsertIndex({ index: productDefinition() }))
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toMatch(/could not apply the settings of index "product_v1": Unknown field `localizedAttributes`/)
  })

  it("writes prepared documents and hands back the task to wait for", async () => {
    const task = await provider.upsertDocuments({
      index: "product_v2",
      definition: productDefinition(),
      documents: [{ ...PRODUCTS[0], internal_note: "x" }],
    })
    expect(task).toEqual({ id: "1", index: "product_v2", status: "enqueued" })
    const [documents, options] = fake.calls[0].args as [Record<string, unknown>[], unknown]
    expect(fake.calls[0].uid).toBe("product_v2")
    expect(options).toEqual({ primaryKey: "id" })
    expect(documents[0]).not.toHaveProperty("internal_note")
    expect(documents[0][dateShadowAttribute("certificate_valid_until")]).toBe(Date.parse("2027-06-30T00:00:00.000Z"))

    const settled = await provider.waitForTask(task)
    expect(settled).toEqual({ id: "1", index: "product_v1", status: "succeeded" })
    expect(await provider.upsertDocuments({ index: "product_v2", definition: productDefinition(), documents: [] })).toEqual({
      index: "product_v2",
      status: "succeeded",
    })
  })

  it("deletes by id, by filter, and refuses a filter that matches everything", async () => {
    await provider.upsertDocuments({ index: "product_v1", definition: productDefinition(), documents: [PRODUCTS[0]] })
    fake.calls = []
    await provider.deleteDocuments({ index: "product_v1", filters: { id: ["prod_a", "prod_b"] } })
    expect(fake.calls[0]).toEqual({ method: "deleteDocuments", uid: "product_v1", args: [["prod_a", "prod_b"]] })

    await provider.deleteDocuments({ index: "product_v1", filters: { status: "draft", price: { $lt: 1000 } } })
    expect(fake.calls[1].args).toEqual([{ filter: 'status = "draft" AND price < 1000' }])

    expect(await provider.deleteDocuments({ index: "product_v1", filters: { id: [] } })).toEqual({
      index: "product_v1",
      status: "succeeded",
    })
    const error = await rejection(provider.deleteDocuments({ index: "product_v1", filters: { id: { $nin: [] } } }))
    expect(error.message).toMatch(/match every document/)
  })

  it("reads the primary key from the server for a delete on an index it has not seen", async () => {
    fake.indexes.set("product_v9", { uid: "product_v9", primaryKey: "handle", createdAt: "", updatedAt: "" })
    await provider.deleteDocuments({ index: "product_v9", filters: { handle: "banh-khao" } })
    expect(fake.calls.map((call) => call.method)).toEqual(["getRawIndex", "deleteDocuments"])
    expect(fake.calls[1].args).toEqual([["banh-khao"]])
  })

  it("packs several searches, with their count-only queries, into one multi-search", async () => {
    fake.searchResults = [
      { hits: [{ id: "prod_banh_khao", title: "Bánh khảo Trùng Khánh", price: 85000 }], estimatedTotalHits: 1, processingTimeMs: 2 },
      { hits: [], estimatedTotalHits: 3, processingTimeMs: 1, facetStats: { price: { min: 45000, max: 320000 } } },
      { hits: [], totalHits: 3, processingTimeMs: 1 },
    ]
    const [first, second] = await provider.searchMany([
      providerQuery({ q: "banh khao" }),
      providerQuery({ q: "", search_options: { facets: [{ field: "price", type: "stats" }] } }),
    ])
    expect(fake.methods()).toEqual(["multiSearch"])
    expect((fake.calls[0].args[0] as { queries: unknown[] }).queries).toHaveLength(3)
    expect(first.hits).toEqual([
      { id: "prod_banh_khao", document: { id: "prod_banh_khao", title: "Bánh khảo Trùng Khánh", price: 85000 } },
    ])
    expect(second.facets?.price).toEqual({ type: "stats", min: 45000, max: 320000, count: 3 })
  })

  it("turns a missing index into NOT_FOUND so the Search Module retries on the new version", async () => {
    fake.searchError = new FakeApiError({
      message: "Index `product_v1` not found.",
      code: "index_not_found",
      type: "invalid_request",
      link: "https://docs.meilisearch.com/errors#index_not_found",
    })
    const error = await rejection(provider.search(providerQuery({ q: "nam huog" })))
    expect(error.type).toBe(MedusaError.Types.NOT_FOUND)
    expect(error.message).toMatch(/^Meilisearch could not search index "product_v1": Index `product_v1` not found\./)
  })

  it("lists indexes with their document counts", async () => {
    fake.indexes.set("product_v1", {
      uid: "product_v1",
      primaryKey: "id",
      createdAt: "2025-01-01T00:00:00Z",
      updatedAt: "2025-01-02T00:00:00Z",
    })
    expect(await provider.listIndexes()).toEqual([
      {
        name: "product_v1",
        provider: "meilisearch",
        document_count: 5,
        created_at: new Date("2025-01-01T00:00:00Z"),
        updated_at: new Date("2025-01-02T00:00:00Z"),
      },
    ])
  })

  it("enqueues clears and index deletions without waiting", async () => {
    expect(await provider.clearIndex({ index: "product_v1" })).toEqual({ id: "1", index: "product_v1", status: "enqueued" })
    expect(await provider.deleteIndex({ index: "product_v0" })).toEqual({ id: "2", index: "product_v0", status: "enqueued" })
    expect(fake.methods()).toEqual(["deleteAllDocuments", "deleteIndex"])
  })
})
