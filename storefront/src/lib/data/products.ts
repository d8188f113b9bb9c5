import "server-only"
import { backendQuery, type BackendCatalogueQuery, type BrowseSort, type CatalogueState } from "../catalogue/params"
import { sdk } from "../config"
import type { CataloguePage, CataloguePageWithFacets, ProductDetailResponse } from "../types"
import { CACHE_TAGS, CATALOGUE_REVALIDATE_SECONDS } from "./cache"
import { isNotFound } from "./not-found"
import { getVietnamRegion } from "./regions"

/**
 * Catalogue reads are shared by every visitor: cached under the shared tags
 * `products` and `producers` (cards show the producer), revalidated after
 * CATALOGUE_REVALIDATE_SECONDS or when the backend calls /api/revalidate.
 */
const catalogueCache = (): Pick<RequestInit, "next" | "cache"> => ({
  next: { revalidate: CATALOGUE_REVALIDATE_SECONDS, tags: [CACHE_TAGS.products, CACHE_TAGS.producers] },
  cache: "force-cache",
})

/** GET /store/ocop/products with a ready query (see catalogue/params.ts). */
export async function fetchCatalogue(query: BackendCatalogueQuery): Promise<CataloguePageWithFacets> {
  return sdk().client.fetch<CataloguePageWithFacets>("/store/ocop/products", { query, ...catalogueCache() })
}

/** A catalogue page with OCOP badges and producers, best-rated first unless told otherwise. */
export async function listCatalogue(
  options: { limit?: number; offset?: number; sort?: BrowseSort; stars?: number[] } = {}
): Promise<CataloguePage> {
  const region = await getVietnamRegion()
  const limit = Math.min(Math.max(options.limit ?? 12, 1), 48)
  const offset = Math.max(options.offset ?? 0, 0)
  const query: BackendCatalogueQuery = { limit, offset, region_id: region.id, sort: options.sort ?? "stars" }
  if (options.stars?.length) query.stars = options.stars.join(",")
  return fetchCatalogue(query)
}

/** Facet counts over the whole catalogue (home page: products per group). */
export async function getCatalogueFacets(): Promise<NonNullable<CataloguePageWithFacets["facets"]>> {
  const region = await getVietnamRegion()
  const { facets } = await fetchCatalogue({ limit: 1, offset: 0, facets: "true", region_id: region.id })
  return facets ?? { stars: {}, group: {}, district: {}, producer_type: {} }
}

/** Whatever a catalogue state shows, as one backend page (facets optional). */
export async function queryCatalogue(state: CatalogueState, facets: boolean): Promise<CataloguePageWithFacets> {
  const region = await getVietnamRegion()
  return fetchCatalogue(backendQuery(state, { regionId: region.id, facets }))
}

/**
 * Everything cacheable on a product page: product, label, OCOP badge (null
 * when it may not be shown), producer's seller details and related products.
 * Tagged `product:<handle>` so one product's edit refreshes only its page
 * (and `products`/`producers` for catalogue-wide changes). Null when unknown.
 */
export async function getOcopProduct(handle: string): Promise<ProductDetailResponse | null> {
  if (!/^[a-z0-9-]{1,200}$/.test(handle)) return null
  const region = await getVietnamRegion()
  try {
    return await sdk().client.fetch<ProductDetailResponse>(`/store/ocop/products/${handle}`, {
      query: { region_id: region.id },
      next: {
        revalidate: CATALOGUE_REVALIDATE_SECONDS,
        tags: [CACHE_TAGS.products, CACHE_TAGS.product(handle), CACHE_TAGS.producers],
      },
      cache: "force-cache",
    })
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** Every published product handle (sitemap), 100 at a time. */
export async function listAllProductHandles(): Promise<string[]> {
  const handles: string[] = []
  for (let offset = 0; offset < 10_000; offset += 100) {
    const page = await fetchCatalogue({ limit: 100, offset, sort: "title" })
    handles.push(...page.products.map((product) => product.handle))
    if (page.products.length < 100 || handles.length >= page.count) break
  }
  return handles
}
