import {
  DISTRICT_CODES,
  isDistrict,
  isProducerType,
  isProductGroup,
  PRODUCER_TYPE_CODES,
  PRODUCT_GROUP_CODES,
  type District,
  type ProducerType,
  type ProductGroup,
} from "@/lib/ocop-labels"

/**
 * The catalogue's whole state lives in the URL
 * (`/products?stars=4&district=hoa_an&sort=price_asc&page=2&q=…`) so any view
 * can be shared, bookmarked and crawled with plain links. Parsing is lenient
 * (unknown values are dropped, never an error page); serialising is canonical
 * (fixed key order, defaults omitted) so one view has one URL.
 */
export const CATALOGUE_SORTS = ["relevance", "stars", "newest", "price_asc", "price_desc", "title"] as const
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number]
/** The orders of the plain catalogue (GET /store/ocop/products): relevance needs search words. */
export type BrowseSort = Exclude<CatalogueSort, "relevance">
export const DEFAULT_SORT: BrowseSort = "stars"
/** The default order of a search (GET /store/ocop/search). */
export const SEARCH_DEFAULT_SORT: CatalogueSort = "relevance"

/** The order a state gets when the URL names none: relevance for a search, stars otherwise. */
export function defaultSort(state: Pick<CatalogueState, "q">): CatalogueSort {
  return state.q ? SEARCH_DEFAULT_SORT : DEFAULT_SORT
}

/** The orders offered for a state: relevance only when there are search words. */
export function availableSorts(state: Pick<CatalogueState, "q">): readonly CatalogueSort[] {
  return state.q ? CATALOGUE_SORTS : CATALOGUE_SORTS.filter((sort) => sort !== "relevance")
}

export const STAR_VALUES = [5, 4, 3] as const
export type StarValue = (typeof STAR_VALUES)[number]

export const CATALOGUE_PAGE_SIZE = 24
const MAX_PAGE = 500
const MAX_Q = 200

export type CatalogueState = {
  q: string | null
  stars: StarValue[]
  group: ProductGroup[]
  district: District[]
  producerType: ProducerType[]
  priceMin: number | null
  priceMax: number | null
  sort: CatalogueSort
  page: number
}

/** The multi-value facets: state key, URL/backend parameter, allowed values in display order. */
export const FACETS = {
  stars: { param: "stars", values: STAR_VALUES.map(String) },
  group: { param: "group", values: PRODUCT_GROUP_CODES },
  district: { param: "district", values: DISTRICT_CODES },
  producerType: { param: "producer_type", values: PRODUCER_TYPE_CODES },
} as const

export type FacetKey = keyof typeof FACETS
export const FACET_KEYS = Object.keys(FACETS) as FacetKey[]

/** Price ranges offered as facet links (whole VND, both ends included). */
export const PRICE_RANGES: readonly { min: number | null; max: number | null }[] = [
  { min: null, max: 99_999 },
  { min: 100_000, max: 199_999 },
  { min: 200_000, max: 499_999 },
  { min: 500_000, max: null },
]

export type RawSearchParams = Record<string, string | string[] | undefined>

export const EMPTY_STATE: CatalogueState = {
  q: null,
  stars: [],
  group: [],
  district: [],
  producerType: [],
  priceMin: null,
  priceMax: null,
  sort: DEFAULT_SORT,
  page: 1,
}

/** Every value of a parameter, whether repeated (?a=1&a=2) or comma-separated (?a=1,2). */
function values(raw: RawSearchParams, key: string): string[] {
  const value = raw[key]
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value]
  return list.flatMap((entry) => entry.split(",")).map((entry) => entry.trim()).filter(Boolean)
}

function first(raw: RawSearchParams, key: string): string | undefined {
  return values(raw, key)[0]
}

/** Keeps allowed values, without duplicates, in the facet's display order. */
function pick<T extends string>(given: string[], allowed: readonly T[]): T[] {
  const set = new Set(given)
  return allowed.filter((value) => set.has(value))
}

function wholeAmount(value: string | undefined): number | null {
  if (value === undefined || !/^\d{1,12}$/.test(value)) return null
  return Number(value)
}

export function parseCatalogueParams(raw: RawSearchParams): CatalogueState {
  const q = (typeof raw.q === "string" ? raw.q : Array.isArray(raw.q) ? raw.q[0] : "") ?? ""
  const trimmed = q.replace(/[\u0000-\u001f]/g, " ").replace(/\s+/g, " ").trim().slice(0, MAX_Q)
  let priceMin = wholeAmount(first(raw, "price_min"))
  let priceMax = wholeAmount(first(raw, "price_max"))
  if (priceMin !== null && priceMax !== null && priceMin > priceMax) [priceMin, priceMax] = [priceMax, priceMin]
  if (priceMin === 0) priceMin = null
  const sort = first(raw, "sort")
  const page = Number(first(raw, "page"))
  const search = { q: trimmed || null }
  return {
    q: search.q,
    stars: pick(values(raw, "stars"), STAR_VALUES.map(String)).map(Number) as StarValue[],
    group: pick(values(raw, "group").filter(isProductGroup), PRODUCT_GROUP_CODES),
    district: pick(values(raw, "district").filter(isDistrict), DISTRICT_CODES),
    producerType: pick(values(raw, "producer_type").filter(isProducerType), PRODUCER_TYPE_CODES),
    priceMin,
    priceMax,
    sort: (availableSorts(search) as readonly string[]).includes(sort ?? "") ? (sort as CatalogueSort) : defaultSort(search),
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  }
}

/** The canonical query string (without "?"), defaults omitted. */
export function catalogueQueryString(state: CatalogueState): string {
  const params = new URLSearchParams()
  if (state.q) params.append("q", state.q)
  for (const key of FACET_KEYS) {
    for (const value of facetValues(state, key)) params.append(FACETS[key].param, value)
  }
  if (state.priceMin !== null) params.append("price_min", String(state.priceMin))
  if (state.priceMax !== null) params.append("price_max", String(state.priceMax))
  if (availableSorts(state).includes(state.sort) && state.sort !== defaultSort(state)) params.append("sort", state.sort)
  if (state.page > 1) params.append("page", String(state.page))
  return params.toString()
}

/** A locale-less href (the i18n Link adds the locale). */
export function catalogueHref(state: CatalogueState): string {
  const query = catalogueQueryString(state)
  return query ? `/products?${query}` : "/products"
}

export function facetValues(state: CatalogueState, key: FacetKey): string[] {
  return state[key].map(String)
}

/** Adds or removes one facet value; any change of filter starts again at page 1. */
export function toggleFacet(state: CatalogueState, key: FacetKey, value: string): CatalogueState {
  const current = facetValues(state, key)
  const next = current.includes(value) ? current.filter((entry) => entry !== value) : [...current, value]
  const normalised = parseCatalogueParams({ [FACETS[key].param]: next })
  return { ...state, page: 1, [key]: normalised[key] }
}

export function withPriceRange(state: CatalogueState, min: number | null, max: number | null): CatalogueState {
  return { ...state, priceMin: min, priceMax: max, page: 1 }
}

export function withSort(state: CatalogueState, sort: CatalogueSort): CatalogueState {
  return { ...state, sort, page: 1 }
}

export function withPage(state: CatalogueState, page: number): CatalogueState {
  return { ...state, page: Math.max(1, Math.min(page, MAX_PAGE)) }
}

/** Removes every filter and the search, keeps the sort (relevance, which needs words, becomes the default). */
export function clearFilters(state: CatalogueState): CatalogueState {
  return withoutSearch({ ...EMPTY_STATE, sort: state.sort })
}

/** Drops the search words (back to page 1); an order by relevance becomes the catalogue's default. */
export function withoutSearch(state: CatalogueState): CatalogueState {
  return { ...state, q: null, page: 1, sort: state.sort === "relevance" ? DEFAULT_SORT : state.sort }
}

/**
 * Other search words (did-you-mean), keeping the filters. A sort that was
 * only the default follows the new view's default; a chosen one is kept.
 */
export function withSearch(state: CatalogueState, q: string): CatalogueState {
  const next = { ...state, q: q.trim() || null, page: 1 }
  return { ...next, sort: state.sort === defaultSort(state) ? defaultSort(next) : withoutSearch(state).sort }
}

export function hasFilters(state: CatalogueState): boolean {
  return (
    state.q !== null ||
    FACET_KEYS.some((key) => state[key].length > 0) ||
    state.priceMin !== null ||
    state.priceMax !== null
  )
}

export function isPriceRangeActive(state: CatalogueState, range: { min: number | null; max: number | null }): boolean {
  return state.priceMin === range.min && state.priceMax === range.max
}

/**
 * Whether a view is worth indexing on its own: the plain catalogue (any page)
 * or one facet value, e.g. /products?group=do_uong. Other combinations are
 * reachable by links but kept out of the index.
 */
export function isIndexable(state: CatalogueState): boolean {
  if (state.q || state.priceMin !== null || state.priceMax !== null || state.sort !== DEFAULT_SORT) return false
  const chosen = FACET_KEYS.reduce((total, key) => total + state[key].length, 0)
  return chosen <= 1
}

export type BackendCatalogueQuery = Record<string, string | number | boolean>

/**
 * The backend query for a state: GET /store/ocop/products, or
 * GET /store/ocop/search when there are search words (same parameters, plus
 * the relevance order). Lists are sent comma-separated, which
 * the backend's list parameters accept.
 * `without` leaves one facet out: its counts then show what choosing another
 * value of the same facet would give (values of one facet combine with OR).
 */
export function backendQuery(
  state: CatalogueState,
  options: { regionId?: string; limit?: number; offset?: number; facets?: boolean; without?: FacetKey | "price" } = {}
): BackendCatalogueQuery {
  const query: BackendCatalogueQuery = {}
  if (state.q) query.q = state.q
  for (const key of FACET_KEYS) {
    const chosen = facetValues(state, key)
    if (chosen.length && options.without !== key) query[FACETS[key].param] = chosen.join(",")
  }
  if (options.without !== "price") {
    if (state.priceMin !== null) query.price_min = state.priceMin
    if (state.priceMax !== null) query.price_max = state.priceMax
  }
  query.sort = state.sort
  query.limit = options.limit ?? CATALOGUE_PAGE_SIZE
  query.offset = options.offset ?? (state.page - 1) * (options.limit ?? CATALOGUE_PAGE_SIZE)
  if (options.facets) query.facets = "true"
  if (options.regionId) query.region_id = options.regionId
  return query
}

export function pageCount(count: number, pageSize = CATALOGUE_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / pageSize))
}

/**
 * Page numbers to link to: first, last, and a window around the current page,
 * with null where pages are skipped ("1 … 4 5 6 … 12").
 */
export function pageWindow(current: number, total: number, radius = 1): (number | null)[] {
  const pages = new Set<number>([1, total])
  for (let page = current - radius; page <= current + radius; page++) {
    if (page >= 1 && page <= total) pages.add(page)
  }
  const sorted = [...pages].sort((a, b) => a - b)
  const result: (number | null)[] = []
  sorted.forEach((page, index) => {
    if (index > 0 && page - sorted[index - 1] > 1) result.push(null)
    result.push(page)
  })
  return result
}

/**
 * Hidden fields for a GET form that changes one part of the state (the search
 * words or the price bounds) and keeps the rest; the page goes back to 1.
 */
export function hiddenFields(state: CatalogueState, replaced: "q" | "price"): [string, string][] {
  if (replaced === "price") {
    return [...new URLSearchParams(catalogueQueryString({ ...state, priceMin: null, priceMax: null, page: 1 })).entries()]
  }
  // The new words are not known yet: serialise as a search (a placeholder q),
  // so a default order stays implicit (→ relevance) and a chosen one is kept.
  const params = new URLSearchParams(catalogueQueryString(withSearch(state, "_")))
  params.delete("q")
  return [...params.entries()]
}
