import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError, projectDocument, readDocumentPath } from "@medusajs/framework/utils"
import type { MultiSearchQuery } from "meilisearch" with { "resolution-mode": "import" }
import { andFilters, compileFilters, formatFilterNumber, matchNothingFilter } from "./filters"
import type { IndexPlan, PlannedField } from "./settings"
import { escapeHtml, foldVietnamese } from "./text"
import { DEFAULTS } from "./types"

type ProviderSearchQuery = SearchTypes.ProviderSearchQuery
type SearchResult = SearchTypes.SearchResult
type SearchHit = SearchTypes.SearchHit
type SearchFacetResult = SearchTypes.SearchFacetResult
type MatchingStrategy = NonNullable<MultiSearchQuery["matchingStrategy"]>

/** The part of a Meilisearch search response the translation reads. */
export type MeiliSearchResult = {
  hits: Record<string, unknown>[]
  processingTimeMs?: number
  estimatedTotalHits?: number
  totalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
  facetStats?: Record<string, { min: number; max: number }>
}

/**
 * One Search Module query as Meilisearch queries: the main query first, then
 * any count-only queries (exact count, range facets, stats counts), all sent
 * in one multi-search; `assemble` turns their answers, in order, back into
 * the module's result.
 */
export type SearchPlan = {
  queries: MultiSearchQuery[]
  assemble(results: MeiliSearchResult[]): SearchResult
}

type ValueFacet = { field: PlannedField; limit: number; sort: "count" | "alpha"; query?: string }
type RangeFacet = {
  field: PlannedField
  ranges: { key: string; from?: number | string; to?: number | string; slot: number }[]
}
type StatsFacet = { field: PlannedField; slot: number }
type Highlight = { fields: string[]; pre: string; post: string }

/** Two-letter (BCP 47 primary) tags Meilisearch knows by their ISO 639-3 code. */
const ISO_639_3: Record<string, string> = {
  vi: "vie", en: "eng", fr: "fra", de: "deu", es: "spa", zh: "cmn", ja: "jpn", ko: "kor", th: "tha",
}
const MATCHING_STRATEGIES: readonly MatchingStrategy[] = ["all", "last", "frequency"]
const collator = new Intl.Collator("vi")

function invalid(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

function notAllowed(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

function count(value: unknown, label: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw invalid(`${label} must be a whole number of at least 0`)
  }
  return value
}

/**
 * The free-text query, which only ever goes into Meilisearch's `q` (never into
 * a filter). With `typo_tolerance: false` each word becomes a one-word phrase,
 * which Meilisearch matches exactly (no typo, no prefix) — except the last
 * word under `match_strategy: "last"`, which stays a prefix for typeahead.
 */
export function buildTextQuery(q: string | undefined, options: SearchTypes.SearchOptions): string | undefined {
  const text = q?.trim()
  if (!text) return undefined
  if (options.typo_tolerance !== false) return text
  const words = text
    .split(/\s+/)
    .map((word) => word.replace(/"/g, ""))
    .filter(Boolean)
  if (!words.length) return undefined
  return words
    .map((word, index) => (options.match_strategy === "last" && index === words.length - 1 ? word : `"${word}"`))
    .join(" ")
}

/**
 * `match_strategy` → `matchingStrategy`. Meilisearch's own default is "last"
 * (drop words from the end until something matches), so "all" is always sent.
 * Meilisearch matches the last word as a prefix in any case, which is the
 * module's "last" (typeahead); "all" therefore behaves like "last" here. "any"
 * (at least one word) has no Meilisearch equivalent and is refused; the
 * `provider_options.meilisearch.matchingStrategy` escape hatch picks any of
 * Meilisearch's own strategies.
 */
function matchingStrategy(options: SearchTypes.SearchOptions): MatchingStrategy {
  const override = options.provider_options?.meilisearch?.matchingStrategy
  if (override !== undefined) {
    const known = MATCHING_STRATEGIES.find((strategy) => strategy === override)
    if (!known) throw invalid(`provider_options.meilisearch.matchingStrategy must be one of ${MATCHING_STRATEGIES.join(", ")}`)
    return known
  }
  if (options.match_strategy === "any") {
    throw notAllowed(
      'Meilisearch has no "any" match strategy; use "all" or "last", or provider_options.meilisearch.matchingStrategy ("frequency")'
    )
  }
  return "all"
}

function checkProviderOptions(options: SearchTypes.SearchOptions): void {
  const own = options.provider_options?.meilisearch
  if (own === undefined) return
  if (!isRecord(own)) throw invalid("provider_options.meilisearch must be an object")
  const unknown = Object.keys(own).filter((key) => key !== "matchingStrategy")
  if (unknown.length) {
    throw invalid(`Unsupported provider_options.meilisearch keys: ${unknown.join(", ")} (supported: matchingStrategy)`)
  }
}

function toLocale(tag: string): string {
  const primary = tag.split(/[-_]/)[0]?.toLowerCase() ?? ""
  if (/^[a-z]{3}$/.test(primary)) return primary
  const mapped = ISO_639_3[primary]
  if (!mapped) throw notAllowed(`Unsupported search locale "${tag}"; use an ISO 639-3 code such as "vie"`)
  return mapped
}

/**
 * `pagination.order` → `sort`. `_score` (relevance) can only be where the
 * index's ranking rules put it: last when `sort` ranks first (the default), or
 * first when relevance ranks first; never ascending.
 */
function buildSort(input: ProviderSearchQuery, plan: IndexPlan): string[] {
  const entries = Object.entries(input.pagination?.order ?? {})
  const sort: string[] = []
  entries.forEach(([key, direction], position) => {
    if (direction !== "ASC" && direction !== "DESC") throw invalid(`Order of "${key}" must be "ASC" or "DESC"`)
    if (key === "_score") {
      if (direction === "ASC") throw notAllowed("Meilisearch cannot order by ascending relevance")
      if (plan.sortPriority === "sort" && position !== entries.length - 1) {
        throw notAllowed('"_score" must be the last order key: this index applies the sort before relevance')
      }
      if (plan.sortPriority === "relevance" && position !== 0) {
        throw notAllowed('"_score" must be the first order key: this index ranks by relevance before the sort')
      }
      return
    }
    const field = plan.fields.get(key)
    if (!field) throw invalid(`Cannot sort search index "${plan.name}" by unknown field "${key}"`)
    if (!field.sortable) throw invalid(`Field "${key}" is not sortable on search index "${plan.name}"`)
    sort.push(`${field.attribute}:${direction.toLowerCase()}`)
  })
  return sort
}

function facetField(plan: IndexPlan, path: string, kind: SearchTypes.SearchFacetKind): PlannedField {
  const field = plan.fields.get(path)
  if (!field) throw invalid(`Unknown field "${path}" used in search_options.facets on search index "${plan.name}"`)
  if (!field.facets.includes(kind)) {
    throw invalid(`Field "${path}" does not support "${kind}" facets on search index "${plan.name}"`)
  }
  return field
}

function rangeBound(field: PlannedField, value: number | string): string {
  if (field.type === "date") {
    const time = typeof value === "number" ? value : Date.parse(value)
    if (Number.isNaN(time)) throw invalid(`Range bound ${JSON.stringify(value)} of "${field.path}" is not a date`)
    return formatFilterNumber(time)
  }
  const number = typeof value === "number" ? value : Number(value)
  if (typeof value === "string" && !value.trim()) throw invalid(`Empty range bound on "${field.path}"`)
  return formatFilterNumber(number)
}

function resolveHighlight(input: ProviderSearchQuery, plan: IndexPlan, q: string | undefined): Highlight | undefined {
  const option = input.search_options?.highlight
  if (!option || !q) return undefined
  const displayed = new Set(plan.displayed)
  if (option === true) {
    const fields = (input.search_options?.attributes_to_search_on ?? plan.searchable).filter((path) => displayed.has(path))
    return { fields, pre: DEFAULTS.highlightPreTag, post: DEFAULTS.highlightPostTag }
  }
  for (const path of option.fields) {
    if (!plan.fields.has(path)) throw invalid(`Cannot highlight unknown field "${path}" on search index "${plan.name}"`)
  }
  return {
    fields: option.fields.filter((path) => displayed.has(path)),
    pre: option.pre_tag ?? DEFAULTS.highlightPreTag,
    post: option.post_tag ?? DEFAULTS.highlightPostTag,
  }
}

/** Escapes highlighted text for HTML, keeping the highlight tags themselves. */
export function escapeHighlight(fragment: string, pre: string, post: string): string {
  return fragment
    .split(pre)
    .map((part) => part.split(post).map(escapeHtml).join(post))
    .join(pre)
}

function buildHighlights(hit: Record<string, unknown>, highlight: Highlight): Record<string, string[]> | undefined {
  const formatted = hit._formatted
  if (!isRecord(formatted)) return undefined
  const highlights: Record<string, string[]> = {}
  for (const path of highlight.fields) {
    const fragments = readDocumentPath(formatted, path.split("."))
      .filter((value): value is string => typeof value === "string" && value.includes(highlight.pre))
      .map((value) => escapeHighlight(value, highlight.pre, highlight.post))
    if (fragments.length) highlights[path] = fragments
  }
  return Object.keys(highlights).length ? highlights : undefined
}

function valueFacet(distribution: Record<string, number> | undefined, facet: ValueFacet): SearchFacetResult {
  let values = Object.entries(distribution ?? {}).map(([value, count]) => ({ value, count }))
  if (facet.query) {
    const prefix = foldVietnamese(facet.query)
    values = values.filter(({ value }) => foldVietnamese(value).startsWith(prefix))
  }
  values.sort((a, b) =>
    facet.sort === "alpha" ? collator.compare(a.value, b.value) : b.count - a.count || collator.compare(a.value, b.value)
  )
  return { type: "value", values: values.slice(0, facet.limit) }
}

/** Drops undefined keys, so queries carry only what is set. */
function compact(query: MultiSearchQuery): MultiSearchQuery {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as MultiSearchQuery
}

/**
 * Translates one Search Module query into Meilisearch multi-search queries and
 * back. Refuses what Meilisearch cannot answer exactly: cursor pagination,
 * vector search, the "any" strategy, `$prefix`/`$like` filters.
 */
export function planSearch(input: ProviderSearchQuery, plan: IndexPlan): SearchPlan {
  const options = input.search_options ?? {}
  const pagination = input.pagination ?? {}
  if (pagination.cursor !== undefined) {
    throw notAllowed("The Meilisearch provider pages with skip/take, not with a cursor")
  }
  if (options.vector) throw notAllowed("The Meilisearch provider does not support vector search")
  checkProviderOptions(options)

  const skip = count(pagination.skip ?? 0, "pagination.skip")
  const take = count(pagination.take ?? DEFAULTS.take, "pagination.take")
  const q = buildTextQuery(input.q, options)
  if (q && !plan.searchable.length) {
    throw invalid(`Search index "${plan.name}" has no searchable fields, so it cannot be queried by text`)
  }

  const searchOn = options.attributes_to_search_on
  for (const path of searchOn ?? []) {
    if (!plan.searchable.includes(path)) throw invalid(`Field "${path}" is not searchable on search index "${plan.name}"`)
  }

  const compiled = compileFilters(input.filters, { fields: plan.fields, indexName: plan.name })
  const filter =
    compiled.kind === "filter" ? compiled.filter : compiled.kind === "none" ? matchNothingFilter(plan.primaryKey) : undefined

  let distinct: string | undefined
  if (options.distinct !== undefined) {
    const field = plan.fields.get(options.distinct)
    if (!field) throw invalid(`Cannot deduplicate search index "${plan.name}" by unknown field "${options.distinct}"`)
    if (!plan.settings.filterableAttributes?.includes(field.attribute)) {
      throw invalid(`Field "${options.distinct}" must be filterable to deduplicate search index "${plan.name}" by it`)
    }
    distinct = field.attribute
  }

  if (options.min_score !== undefined && !(options.min_score >= 0 && options.min_score <= 1)) {
    throw invalid("search_options.min_score must be between 0 and 1 for Meilisearch (its ranking score scale)")
  }

  const locales = options.locales?.length ? [...new Set(options.locales.map(toLocale))] : plan.locales

  // Everything that decides which documents match, shared by the count-only queries.
  const base = compact({
    indexUid: input.index.physical_name,
    q,
    filter,
    matchingStrategy: matchingStrategy(options),
    attributesToSearchOn: searchOn,
    locales: q && locales.length ? locales : undefined,
    rankingScoreThreshold: options.min_score,
    distinct,
  })
  const countOnly = (extraFilter?: string): MultiSearchQuery =>
    compact({
      ...base,
      filter: andFilters([filter, extraFilter]),
      page: 0,
      hitsPerPage: 1,
      attributesToRetrieve: [plan.primaryKey],
    })

  const valueFacets: ValueFacet[] = []
  const rangeFacets: RangeFacet[] = []
  const statsFacets: StatsFacet[] = []
  const facetAttributes = new Set<string>()
  const extra: MultiSearchQuery[] = []
  const slot = (query: MultiSearchQuery): number => {
    extra.push(query)
    return extra.length
  }

  for (const request of options.facets ?? []) {
    const facet: SearchTypes.SearchFacetRequest = typeof request === "string" ? { field: request, type: "value" } : request
    if (facet.type === "range") {
      const field = facetField(plan, facet.field, "range")
      rangeFacets.push({
        field,
        ranges: facet.ranges.map((range) => {
          const bounds = [
            range.from === undefined ? undefined : `${field.attribute} >= ${rangeBound(field, range.from)}`,
            range.to === undefined ? undefined : `${field.attribute} < ${rangeBound(field, range.to)}`,
          ].filter((bound): bound is string => bound !== undefined)
          return {
            key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
            from: range.from,
            to: range.to,
            slot: slot(countOnly(bounds.length ? bounds.join(" AND ") : undefined)),
          }
        }),
      })
    } else if (facet.type === "stats") {
      const field = facetField(plan, facet.field, "stats")
      facetAttributes.add(field.attribute)
      statsFacets.push({
        field,
        slot: slot(countOnly(`${field.attribute} EXISTS AND ${field.attribute} IS NOT NULL`)),
      })
    } else {
      const field = facetField(plan, facet.field, "value")
      facetAttributes.add(field.path)
      valueFacets.push({
        field,
        limit: facet.limit === undefined ? DEFAULTS.facetLimit : count(facet.limit, "facet limit"),
        sort: facet.sort ?? "count",
        query: facet.query,
      })
    }
  }

  const highlight = resolveHighlight(input, plan, q)
  const snippet = typeof options.highlight === "object" ? options.highlight.snippet : undefined
  const countStrategy = options.count ?? "estimated"
  // An exact count comes from Meilisearch's page mode, whose totals are exhaustive:
  // on the main query when the page lines up with skip/take, else on a count-only query.
  const pageMode = countStrategy === "exact" && (take === 0 || skip % take === 0)
  const exactSlot = countStrategy === "exact" && !pageMode ? slot(countOnly()) : undefined
  const sort = buildSort(input, plan)

  const main = compact({
    ...base,
    ...(pageMode
      ? take === 0
        ? { page: 0, hitsPerPage: 1 }
        : { page: skip / take + 1, hitsPerPage: take }
      : { offset: skip, limit: take }),
    sort: sort.length ? sort : undefined,
    facets: facetAttributes.size ? [...facetAttributes] : undefined,
    attributesToRetrieve: [...new Set([plan.primaryKey, ...input.attributes_to_retrieve])],
    attributesToHighlight: highlight?.fields.length ? highlight.fields : undefined,
    highlightPreTag: highlight?.fields.length ? highlight.pre : undefined,
    highlightPostTag: highlight?.fields.length ? highlight.post : undefined,
    attributesToCrop: highlight?.fields.length && snippet ? highlight.fields : undefined,
    cropLength: highlight?.fields.length && typeof snippet === "object" ? snippet.length : undefined,
    showRankingScore: options.include_score ? true : undefined,
  })

  const assemble = (results: MeiliSearchResult[]): SearchResult => {
    const primary = results[0]
    if (!primary || results.length !== extra.length + 1) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Meilisearch answered ${results.length} results for ${extra.length + 1} queries`
      )
    }
    const exhaustive = (position: number): number => results[position]?.totalHits ?? 0

    const hits: SearchHit[] = (take === 0 ? [] : primary.hits).map((hit) => {
      const result: SearchHit = {
        id: String(hit[plan.primaryKey]),
        document: projectDocument(hit, input.attributes_to_retrieve),
      }
      if (options.include_score && typeof hit._rankingScore === "number") result.score = hit._rankingScore
      const highlights = highlight ? buildHighlights(hit, highlight) : undefined
      if (highlights) result.highlights = highlights
      return result
    })

    const facets: Record<string, SearchFacetResult> = {}
    for (const facet of valueFacets) {
      facets[facet.field.path] = valueFacet(primary.facetDistribution?.[facet.field.path], facet)
    }
    for (const facet of rangeFacets) {
      facets[facet.field.path] = {
        type: "range",
        ranges: facet.ranges.map(({ key, from, to, slot }) => ({ key, from, to, count: exhaustive(slot) })),
      }
    }
    for (const facet of statsFacets) {
      const stats = primary.facetStats?.[facet.field.attribute]
      facets[facet.field.path] = {
        type: "stats",
        min: stats?.min ?? 0,
        max: stats?.max ?? 0,
        count: exhaustive(facet.slot),
      }
    }

    let total: number | null = null
    if (countStrategy === "exact") {
      total = exactSlot === undefined ? primary.totalHits ?? null : exhaustive(exactSlot)
    } else if (countStrategy === "estimated") {
      total = primary.estimatedTotalHits ?? primary.totalHits ?? null
    }

    const times = results.map((result) => result.processingTimeMs ?? 0)
    return {
      hits,
      facets: Object.keys(facets).length ? facets : undefined,
      metadata: {
        skip,
        take,
        count: total,
        query: input.q,
        processing_time_ms: Math.max(...times),
      },
    }
  }

  return { queries: [main, ...extra], assemble }
}
