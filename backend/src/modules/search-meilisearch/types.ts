/** The provider's identifier: index definitions select it with `provider: "meilisearch"`. */
export const MEILISEARCH_PROVIDER_ID = "meilisearch"

/**
 * Where the `sort` ranking rule sits.
 *
 * - `"sort"` (default): before relevance, so `pagination.order` is a strict
 *   order (what the Search Module promises and what the PostgreSQL provider
 *   does); relevance breaks ties and orders results when no sort is asked for.
 * - `"relevance"`: Meilisearch's own default — words, typo, proximity and
 *   attribute first, `sort` after them. With a text query, a sort then only
 *   reorders hits of equal relevance.
 */
export type SortPriority = "sort" | "relevance"

/** Options given in `medusa-config` (`providers[].options`). */
export type MeilisearchProviderOptions = {
  /** Base URL of the Meilisearch server, e.g. `http://127.0.0.1:7700`. */
  host: string
  /** An API key allowed to manage indexes, documents, settings and tasks (not the search-only key). */
  apiKey?: string
  /**
   * ISO 639-3 locales of the indexed text, applied as `localizedAttributes` on
   * the searchable attributes and as the default query `locales`. Default
   * `["vie"]`; `[]` turns both off (for a Meilisearch older than 1.10).
   */
  locales?: string[]
  /** `pagination.maxTotalHits`: how deep results can be paged and where counts are capped. Default 20000. */
  maxTotalHits?: number
  /** `faceting.maxValuesPerFacet`. Default 500. */
  maxValuesPerFacet?: number
  /** See {@link SortPriority}. Default `"sort"`. */
  sortPriority?: SortPriority
  /** Default typo thresholds, overridden by an index definition's `settings.typo_tolerance`. */
  typoTolerance?: { oneTypo?: number; twoTypos?: number }
  /** Per HTTP request. Default 10000 ms. */
  requestTimeoutMs?: number
  /** How long `waitForTask` waits when the Search Module gives no timeout. Default 120000 ms. */
  taskTimeoutMs?: number
  /** Polling interval of `waitForTask`. Default 100 ms. */
  taskIntervalMs?: number
}

/** What `settings.ts` needs of the provider options (all have defaults). */
export type IndexSettingsOptions = Pick<
  MeilisearchProviderOptions,
  "locales" | "maxTotalHits" | "maxValuesPerFacet" | "sortPriority" | "typoTolerance"
>

export const DEFAULTS = {
  locales: ["vie"],
  maxTotalHits: 20_000,
  maxValuesPerFacet: 500,
  sortPriority: "sort" as SortPriority,
  oneTypo: 4,
  twoTypos: 8,
  requestTimeoutMs: 10_000,
  taskTimeoutMs: 120_000,
  taskIntervalMs: 100,
  take: 20,
  facetLimit: 10,
  highlightPreTag: "<mark>",
  highlightPostTag: "</mark>",
} as const
