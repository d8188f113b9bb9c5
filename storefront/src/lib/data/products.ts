import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { CACHE_TAGS, CATALOGUE_REVALIDATE_SECONDS } from "./cache"
import { getVietnamRegion } from "./regions"

const LIST_FIELDS = "id,title,subtitle,handle,thumbnail,*variants.calculated_price"
const DETAIL_FIELDS =
  "id,title,subtitle,handle,description,thumbnail,weight,origin_country,*images,*variants.calculated_price,variants.id,variants.title,variants.sku"

export type ProductPage = {
  products: HttpTypes.StoreProduct[]
  count: number
  offset: number
  limit: number
}

export async function listProducts(options: { limit?: number; offset?: number } = {}): Promise<ProductPage> {
  const region = await getVietnamRegion()
  const limit = Math.min(Math.max(options.limit ?? 12, 1), 48)
  const offset = Math.max(options.offset ?? 0, 0)
  const response = await sdk().client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { limit, offset, region_id: region.id, fields: LIST_FIELDS, order: "created_at" },
    next: { revalidate: CATALOGUE_REVALIDATE_SECONDS, tags: [CACHE_TAGS.products] },
    cache: "force-cache",
  })
  return { products: response.products, count: response.count, offset: response.offset, limit: response.limit }
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
