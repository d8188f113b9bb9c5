import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import type { VariantStock } from "../types"
import { toVariantStock } from "../util/stock"
import { CACHE_TAGS, CATALOGUE_REVALIDATE_SECONDS } from "./cache"
import { getVietnamRegion } from "./regions"

const STOCK_FIELDS = "id,variants.id,variants.inventory_quantity,variants.manage_inventory,variants.allow_backorder"

async function readStock(handle: string, init: Pick<RequestInit, "next" | "cache">): Promise<VariantStock[] | null> {
  const region = await getVietnamRegion()
  const { products } = await sdk().client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { handle, fields: STOCK_FIELDS, region_id: region.id, limit: 1 },
    ...init,
  })
  const product = products[0]
  return product ? toVariantStock(product.variants ?? []) : null
}

/** Stock as it is now, for the buy box (per request, never cached). Null for an unknown product. */
export async function getLiveStock(handle: string): Promise<VariantStock[] | null> {
  return readStock(handle, { cache: "no-store" })
}

/**
 * A cached snapshot of stock, only for the JSON-LD availability of the cached
 * product page (a no-store read there would make the whole page dynamic).
 * Shoppers always see live stock from the buy box.
 */
export async function getStockSnapshot(handle: string): Promise<VariantStock[] | null> {
  try {
    return await readStock(handle, {
      next: { revalidate: CATALOGUE_REVALIDATE_SECONDS, tags: [CACHE_TAGS.products, CACHE_TAGS.product(handle)] },
      cache: "force-cache",
    })
  } catch {
    return null
  }
}
