import "server-only"
import {
  backendQuery,
  type BackendCatalogueQuery,
  FACET_KEYS,
  PRICE_RANGES,
  withPriceRange,
  type CatalogueState,
  type FacetKey,
} from "../catalogue/params"
import type { CatalogueFacets, CataloguePageWithFacets, SearchProduct } from "../types"
import { fetchCatalogue } from "./products"
import { getVietnamRegion } from "./regions"
import { fetchSearch } from "./search"

export type FacetCounts = {
  stars: Record<string, number>
  group: Record<string, number>
  district: Record<string, number>
  producerType: Record<string, number>
  /** Products in each of PRICE_RANGES, same order. */
  price: number[]
}

export type CatalogueView = {
  products: SearchProduct[]
  count: number
  facets: FacetCounts
  /** Did-you-mean words from the search (null without search words or when the backend has none). */
  suggestion: string | null
}

/** What either backend route answers (the search adds highlights and a did-you-mean). */
type ViewPage = Omit<CataloguePageWithFacets, "products"> & { products: SearchProduct[]; suggestion?: string | null }

const BACKEND_FACET: Record<FacetKey, keyof CatalogueFacets> = {
  stars: "stars",
  group: "group",
  district: "district",
  producerType: "producer_type",
}

/** The backend's did-you-mean words, unless they are the words searched already. */
function didYouMean(q: string | null, suggestion: string | null | undefined): string | null {
  const words = suggestion?.trim()
  if (!q || !words) return null
  return words.toLocaleLowerCase("vi") === q.toLocaleLowerCase("vi") ? null : words
}

/**
 * One catalogue view: the page of products plus facet counts.
 * Values of one facet combine with OR, so a chosen facet's counts come from a
 * query without that facet ("Hòa An 12, Hà Quảng 9" stay visible after
 * choosing Hòa An); likewise price ranges are counted without the price filter.
 * Without search words every request is a shared, tagged cache entry (same
 * URL → same entry). With words, the same queries go to the search (by
 * relevance, typo-tolerant), per request: counts then agree with the results.
 */
export async function getCatalogueView(state: CatalogueState): Promise<CatalogueView> {
  const regionId = (await getVietnamRegion()).id
  const read: (query: BackendCatalogueQuery) => Promise<ViewPage> = state.q !== null ? fetchSearch : fetchCatalogue
  const active = FACET_KEYS.filter((key) => state[key].length > 0)
  const countOnly = { regionId, limit: 1, offset: 0 }

  const [main, ...rest] = await Promise.all([
    read(backendQuery(state, { regionId, facets: true })),
    ...active.map((key) => read(backendQuery(state, { ...countOnly, facets: true, without: key }))),
    ...PRICE_RANGES.map((range) =>
      read(backendQuery(withPriceRange(state, range.min, range.max), { ...countOnly, without: undefined }))
    ),
  ])
  const disjunctive = rest.slice(0, active.length)
  const priceCounts = rest.slice(active.length).map((page) => page.count)

  const counts = (key: FacetKey): Record<string, number> => {
    const index = active.indexOf(key)
    const source = index >= 0 ? disjunctive[index].facets : main.facets
    return source?.[BACKEND_FACET[key]] ?? {}
  }

  return {
    products: main.products,
    count: main.count,
    suggestion: didYouMean(state.q, main.suggestion),
    facets: {
      stars: counts("stars"),
      group: counts("group"),
      district: counts("district"),
      producerType: counts("producerType"),
      price: priceCounts,
    },
  }
}
