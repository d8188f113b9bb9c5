import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError, extractPrimaryKeyFilter } from "@medusajs/framework/utils"
import type { EnqueuedTask, IndexObject, Meilisearch, Task } from "meilisearch" with { "resolution-mode": "import" }
import { prepareDocuments } from "./documents"
import { fromSettledTask, taskFailure, taskStatus, toMedusaError } from "./errors"
import { compileFilters } from "./filters"
import { planSearch } from "./query"
import { buildIndexPlan, type IndexPlan } from "./settings"
import { DEFAULTS, MEILISEARCH_PROVIDER_ID, type MeilisearchProviderOptions } from "./types"

type InjectedDependencies = { logger?: Logger }

const SORT_PRIORITIES = ["sort", "relevance"]

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

function isPositiveInteger(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value) && value > 0
}

/**
 * Search Module provider for Meilisearch (`provider: "meilisearch"` on an
 * index definition). Index settings come from `settings.ts`, the query and
 * result translation from `query.ts` and `filters.ts`; this class does the I/O.
 *
 * Writes are asynchronous in Meilisearch: `upsertDocuments`, `deleteDocuments`,
 * `clearIndex` and `deleteIndex` return the enqueued task and the Search
 * Module waits through `waitForTask`. `upsertIndex` waits itself, so a
 * definition Meilisearch rejects fails the migration instead of later queries.
 */
export class MeilisearchSearchProvider extends AbstractSearchProviderService {
  static identifier = MEILISEARCH_PROVIDER_ID

  static validateOptions(options: Record<string, unknown>): void {
    const problems: string[] = []
    const host = options.host
    if (typeof host !== "string" || !/^https?:\/\/[^\s]+$/.test(host)) {
      problems.push('"host" must be the http(s) URL of the Meilisearch server')
    }
    if (options.apiKey !== undefined && typeof options.apiKey !== "string") problems.push('"apiKey" must be a string')
    if (
      options.locales !== undefined &&
      !(Array.isArray(options.locales) && options.locales.every((locale) => typeof locale === "string"))
    ) {
      problems.push('"locales" must be a list of ISO 639-3 codes such as "vie"')
    }
    for (const key of ["maxTotalHits", "maxValuesPerFacet", "requestTimeoutMs", "taskTimeoutMs", "taskIntervalMs"]) {
      if (options[key] !== undefined && !isPositiveInteger(options[key])) problems.push(`"${key}" must be a positive integer`)
    }
    if (options.sortPriority !== undefined && !SORT_PRIORITIES.includes(String(options.sortPriority))) {
      problems.push('"sortPriority" must be "sort" or "relevance"')
    }
    if (options.typoTolerance !== undefined && !isRecord(options.typoTolerance)) {
      problems.push('"typoTolerance" must be an object { oneTypo, twoTypos }')
    }
    if (problems.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Meilisearch search provider: ${problems.join("; ")}`)
    }
  }

  protected readonly options_: MeilisearchProviderOptions
  protected readonly logger_?: Logger
  private client_?: Promise<Meilisearch>
  /** Plans by physical index and definition hash. */
  private readonly plans_ = new Map<string, IndexPlan>()
  /** The latest plan of each physical index this process has written to, for deletes by filter. */
  private readonly latestPlans_ = new Map<string, IndexPlan>()

  constructor(container: InjectedDependencies, options: MeilisearchProviderOptions) {
    super()
    MeilisearchSearchProvider.validateOptions(options)
    this.options_ = options
    try {
      this.logger_ = container.logger
    } catch {
      // The container throws for a missing registration; a logger is optional here.
      this.logger_ = undefined
    }
  }

  /** Creates the client. The package is ESM-only, so it is imported dynamically (CommonJS can `import()` it). */
  protected async createClient(): Promise<Meilisearch> {
    const { Meilisearch } = await import("meilisearch")
    return new Meilisearch({
      host: this.options_.host,
      apiKey: this.options_.apiKey,
      timeout: this.options_.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs,
      clientAgents: ["medusa-search-meilisearch"],
    })
  }

  protected async client(): Promise<Meilisearch> {
    this.client_ ??= this.createClient().catch((error: unknown) => {
      this.client_ = undefined
      throw error
    })
    return await this.client_
  }

  /** Runs one call to Meilisearch, turning its errors into MedusaErrors that say what was being done. */
  protected async call<T>(action: string, run: (client: Meilisearch) => Promise<T>): Promise<T> {
    try {
      return await run(await this.client())
    } catch (error) {
      throw toMedusaError(error, action)
    }
  }

  protected plan(definition: SearchTypes.ResolvedSearchIndexDefinition, uid: string): IndexPlan {
    const key = `${uid}\u0000${definition.definition_hash ?? JSON.stringify(definition.fields)}`
    let plan = this.plans_.get(key)
    if (!plan) {
      plan = buildIndexPlan({ ...definition, physical_name: uid }, this.options_)
      this.plans_.set(key, plan)
    }
    this.latestPlans_.set(uid, plan)
    return plan
  }

  private async settle(client: Meilisearch, enqueued: EnqueuedTask, action: string): Promise<Task> {
    const task = await client.tasks.waitForTask(enqueued.taskUid, {
      timeout: this.options_.taskTimeoutMs ?? DEFAULTS.taskTimeoutMs,
      interval: this.options_.taskIntervalMs ?? DEFAULTS.taskIntervalMs,
    })
    if (task.status !== "succeeded") throw taskFailure(task, action)
    return task
  }

  private async findIndex(client: Meilisearch, uid: string): Promise<IndexObject | undefined> {
    try {
      return await client.getRawIndex(uid)
    } catch (error) {
      const mapped = toMedusaError(error, `read index "${uid}"`)
      if (mapped.type === MedusaError.Types.NOT_FOUND) return undefined
      throw mapped
    }
  }

  private enqueued(task: EnqueuedTask, index: string): SearchTypes.SearchTask {
    return { id: String(task.taskUid), index, status: taskStatus(task.status) }
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const uid = index.physical_name
    const plan = this.plan(index, uid)
    for (const note of plan.ignored) {
      this.logger_?.warn(`[search-meilisearch] Index "${index.name}": ${note}; the field is not indexed`)
    }
    const task = await this.call(`set up index "${uid}"`, async (client) => {
      let existing = await this.findIndex(client, uid)
      if (existing?.primaryKey && existing.primaryKey !== plan.primaryKey) {
        // The primary key of a filled index cannot change. The module only points this at an index it is
        // about to (re)seed, so recreating it loses nothing.
        await this.settle(client, await client.deleteIndex(uid), `drop index "${uid}" to change its primary key`)
        existing = undefined
      }
      if (!existing) {
        await this.settle(client, await client.createIndex(uid, { primaryKey: plan.primaryKey }), `create index "${uid}"`)
      } else if (!existing.primaryKey) {
        await this.settle(client, await client.updateIndex(uid, { primaryKey: plan.primaryKey }), `set the primary key of "${uid}"`)
      }
      return await this.settle(client, await client.index(uid).updateSettings(plan.settings), `apply the settings of index "${uid}"`)
    })
    return { id: String(task.uid), index: uid, status: "succeeded" }
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    this.latestPlans_.delete(index)
    const task = await this.call(`delete index "${index}"`, async (client) => await client.deleteIndex(index))
    return this.enqueued(task, index)
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    return await this.call("list indexes", async (client) => {
      const indexes: IndexObject[] = []
      const limit = 100
      for (let offset = 0; ; offset += limit) {
        const page = await client.getRawIndexes({ offset, limit })
        indexes.push(...page.results)
        if (page.results.length < limit || indexes.length >= page.total) break
      }
      const stats = await client.getStats()
      return indexes.map((index) => ({
        name: index.uid,
        provider: MEILISEARCH_PROVIDER_ID,
        document_count: stats.indexes[index.uid]?.numberOfDocuments ?? 0,
        created_at: new Date(index.createdAt),
        updated_at: new Date(index.updatedAt),
      }))
    })
  }

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    const plan = this.plan(definition, index)
    const prepared = prepareDocuments(documents, plan)
    if (!prepared.length) return { index, status: "succeeded" }
    const task = await this.call(
      `write ${prepared.length} document(s) to index "${index}"`,
      async (client) => await client.index(index).addDocuments(prepared, { primaryKey: plan.primaryKey })
    )
    return this.enqueued(task, index)
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const plan = this.latestPlans_.get(index)
    const primaryKey =
      plan?.primaryKey ??
      (await this.call(`read index "${index}"`, async (client) => (await client.getRawIndex(index)).primaryKey)) ??
      "id"
    const ids = extractPrimaryKeyFilter(filters, { primary_key: primaryKey })
    if (ids) {
      if (!ids.length) return { index, status: "succeeded" }
      const task = await this.call(
        `delete ${ids.length} document(s) from index "${index}"`,
        async (client) => await client.index(index).deleteDocuments(ids)
      )
      return this.enqueued(task, index)
    }
    const compiled = compileFilters(filters, plan ? { fields: plan.fields, indexName: plan.name } : { indexName: index })
    if (compiled.kind === "none") return { index, status: "succeeded" }
    if (compiled.kind === "all") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The filters of this delete on index "${index}" match every document; clear the index through a reindex instead`
      )
    }
    const task = await this.call(
      `delete documents from index "${index}"`,
      async (client) => await client.index(index).deleteDocuments({ filter: compiled.filter })
    )
    return this.enqueued(task, index)
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const task = await this.call(`clear index "${index}"`, async (client) => await client.index(index).deleteAllDocuments())
    return this.enqueued(task, index)
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** Every query (and its count-only helpers) goes to Meilisearch in one multi-search request. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    if (!inputs.length) return []
    const plans = inputs.map((input) => planSearch(input, this.plan(input.index, input.index.physical_name)))
    const queries = plans.flatMap((plan) => plan.queries)
    const uids = [...new Set(inputs.map((input) => `"${input.index.physical_name}"`))].join(", ")
    const { results } = await this.call(`search index ${uids}`, async (client) => await client.multiSearch({ queries }))
    let offset = 0
    return plans.map((plan) => {
      const slice = results.slice(offset, offset + plan.queries.length)
      offset += plan.queries.length
      return plan.assemble(slice)
    })
  }

  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    if (task.id === undefined || task.status === "succeeded" || task.status === "failed") return task
    const id = Number(task.id)
    const settled = await this.call(
      `finish task ${task.id}${task.index ? ` on index "${task.index}"` : ""}`,
      async (client) =>
        await client.tasks.waitForTask(id, {
          timeout: options?.timeout_ms ?? this.options_.taskTimeoutMs ?? DEFAULTS.taskTimeoutMs,
          interval: this.options_.taskIntervalMs ?? DEFAULTS.taskIntervalMs,
        })
    )
    return fromSettledTask(settled)
  }
}

export default MeilisearchSearchProvider
