import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { ledgerRowFromRecord, type ChannelProduct, type LedgerRow } from "@ocop/scripts/channels"
import type { StockRules } from "../../modules/channels/domain/stock-rules"
import type { ListingStatus } from "../../modules/channels/domain/vocabulary"
import type { ChannelListingRecord, ListingError } from "../../modules/channels/types"
import { vietnamDay } from "../../modules/ocop/domain/dates"
import { graphRows } from "../../workflows/steps/graph-rows"
import { channelsService } from "../../workflows/steps/resolve-channels"
import { CHANNEL_PRODUCT_FIELDS, presentChannelProduct, type ProductRow } from "./channel-product"

const PAGE = 200

/** The account's ledger in the push engine's terms. */
export async function loadLedgerRows(container: MedusaContainer, accountId: string): Promise<LedgerRow[]> {
  const listings = await channelsService(container).listChannelListings({ account_id: accountId }, { take: null })
  return listings.map((listing: ChannelListingRecord) =>
    ledgerRowFromRecord({
      ...listing,
      status: listing.status as ListingStatus,
      last_error: (listing.last_error as ListingError | null) ?? null,
    })
  )
}

/**
 * Published products as GET /admin/channels/catalogue presents them, with
 * each variant's stock offered under the account's rules. `productIds`
 * narrows the read to those products (a push of flagged listings only);
 * otherwise the whole catalogue is read, a page at a time.
 */
export async function loadChannelProducts(
  container: MedusaContainer,
  options: { rules: StockRules; origin: string; productIds?: string[] }
): Promise<ChannelProduct[]> {
  if (options.productIds && !options.productIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const filters: { status: ProductStatus; id?: string[] } = { status: ProductStatus.PUBLISHED }
  if (options.productIds) filters.id = options.productIds
  const present = { today: vietnamDay(), origin: options.origin.replace(/\/+$/, ""), rules: options.rules }
  const products: ChannelProduct[] = []
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({
      entity: "product",
      fields: CHANNEL_PRODUCT_FIELDS,
      filters,
      pagination: { skip, take: PAGE, order: { created_at: "ASC", id: "ASC" } },
    })
    const rows = graphRows<ProductRow>(data)
    products.push(...rows.map((product) => presentChannelProduct(product, present)))
    if (rows.length < PAGE) return products
  }
}
