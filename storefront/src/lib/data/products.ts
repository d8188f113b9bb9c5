import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import type { CataloguePage } from "../types"
import { CACHE_TAGS, CATALOGUE_REVALIDATE_SECONDS } from "./cache"
import { getVietnamRegion } from "./regions"

const DETAIL_FIELDS =
  "id,title,subtitle,handle,description,thumbnail,weight,origin_country,*images,*variants.calculated_price,variants.id,variants.title,variants.sku"

/** A catalogue page with OCOP badges and producers, best-rated first. */
export async function listCatalogue(
  options: { limit?: number; offset?: number; sort?: "stars" | "newest" } = {}
): Promise<CataloguePage> {
  const region = await getVietnamRegion()
  const limit = Math.min(Math.max(options.limit ?? 12, 1), 48)
  const offset = Math.max(options.offset ?? 0, 0)
  return sdk().client.fetch<CataloguePage>("/store/ocop/products", {
    query: { limit, offset, region_id: region.id, sort: options.sort ?? "stars" },
    next: { revalidate: CATALOGUE_REVALIDATE_SECONDS, tags: [CACHE_TAGS.products] },
    cache: "force-cache",
  })
}

export async function getProductByHandle(handle: string): Promise<HttpTypes.StoreProduct | null> {
  const region = await getVietnamRegion()
  const { products } = await sdk().client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { handle, region_id: region.id, fields: DETAIL_FIELDS, limit: 1 },
    next: { revalidate: CATALOGUE_REVALIDATE_SECONDS, tags: [CACHE_TAGS.products, CACHE_TAGS.product(handle)] },
    cache: "force-cache",
  })
  return products[0] ?? null
}
