import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"

export type ListingValues = {
  product_id: string
  product_handle: string
  product_title: string
  product_status: string
  sales_channel_ids: string[]
  product_created_at: Date
  price_vnd: number | null
  producer_id: string | null
  certificate_id: string | null
}

const COLUMNS = [
  "product_handle",
  "product_title",
  "product_status",
  "sales_channel_ids",
  "product_created_at",
  "price_vnd",
  "producer_id",
  "certificate_id",
] as const

/**
 * Insert-or-update by product: product and variant events arrive together
 * (product.created, product-variant.created…) and their refreshes race, so a
 * read-then-write would hit the unique index. One statement settles it.
 */
export async function upsertListings(knex: Knex, rows: ListingValues[]): Promise<void> {
  if (!rows.length) return
  const now = new Date()
  await knex("ocop_listing")
    .insert(rows.map((row) => ({ id: generateEntityId(undefined, "oclst"), ...row, created_at: now, updated_at: now })))
    .onConflict(knex.raw("(product_id) WHERE deleted_at IS NULL"))
    .merge([...COLUMNS, "updated_at"])
}

export async function deleteListings(knex: Knex, productIds: string[]): Promise<void> {
  if (productIds.length) await knex("ocop_listing").whereIn("product_id", productIds).del()
}
