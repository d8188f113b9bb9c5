import "server-only"
import {
  backendQuery,
  FACET_KEYS,
  PRICE_RANGES,
  withPriceRange,
  type CatalogueState,
  type FacetKey,
} from "../catalogue/params"
import type { CatalogueFacets, CatalogueProduct } from "../types"
import { fetchCatalogue } from "./products"
import { getVietnamRegion } from "./regions"

export type FacetCounts = {
  stars: Record<string, number>
  group: Record<string, number>
  district: Record<string, number>
  producerType: Record<string, number>
  /** Products in each of PRICE_RANGES, same order. */
  price: number[]
}

export type CatalogueView = { products: CatalogueProduct[]; count: number; facets: FacetCounts }

const BACKEND_FACET: Record<FacetKey, keyof CatalogueFacets> = {
  stars: "stars",
  group: "group",
  district: "district",
  producerType: "producer_type",
}

/**
 * One catalogue view: the page of products plus facet counts.
 * Values of one facet combine with OR, so a chosen facet's counts come from a
 * query without that facet ("Hòa An 12, Hà Quảng 9" stay visible after
 * choosing Hòa An); likewise price ranges are counted without the price filter.
 * Every request is a shared, tagged cache entry (same URL → same entry).
 */
export async function getCatalogueView(state: CatalogueState): Promise<CatalogueView> {
  const region = await getVietnamRegion()
  const regionId = region.id
  const active = FACET_KEYS.filter((key) => state[key].length > 0)
  const countOnly = { regionId, limit: 1, offset: 0 }

  const [main, ...rest] = await Promise.all([
    fetchCatalogue(backendQuery(state, { regionId, facets: true })),
    ...active.map((key) => fetchCatalogue(backendQuery(state, { ...countOnly, facets: true, without: key }))),
    ...PRICE_RANGES.map((range) =>
      fetchCatalogue(backendQuery(withPriceRange(state, range.min, range.max), { ...countOnly, without: undefined }))
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
    facets: {
      stars: counts("stars"),
      group: counts("group"),
      district: counts("district"),
      producerType: counts("producerType"),
      price: priceCounts,
    },
  }
}
