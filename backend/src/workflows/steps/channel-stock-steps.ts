import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { offeredStock, type StockRules } from "../../modules/channels/domain/stock-rules"
import type { ChannelAccountRecord } from "../../modules/channels/types"
import { loadVariantStock } from "../../lib/channels/variant-stock"
import { withReason, type ListingUpdate } from "./channel-listing-steps"
import { graphRows } from "./graph-rows"
import { channelsService } from "./resolve-channels"

/** Anything that can move stock, as events name it; each is turned into variant ids. */
export type StockChangeInput = {
  variant_ids?: string[]
  inventory_item_ids?: string[]
  inventory_level_ids?: string[]
  reservation_ids?: string[]
  order_ids?: string[]
  /** Recompute every listing of these accounts (rules changed). */
  account_ids?: string[]
}

const unique = (values: (string | null | undefined)[]): string[] =>
  [...new Set(values.filter((value): value is string => typeof value === "string" && value.length > 0))]

export function accountStockRules(account: Pick<ChannelAccountRecord, "stock_reserve" | "stock_zero_below" | "stock_percent">): StockRules {
  return { reserve: account.stock_reserve, zero_below: account.stock_zero_below, percent: account.stock_percent }
}

/**
 * Which variants a stock change touches. Deleted levels and reservations are
 * read with their soft-deleted rows so a cancelled order still names its items.
 */
export const resolveStockVariantsStep = createStep(
  "resolve-channel-stock-variants",
  async (input: StockChangeInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const itemIds = [...(input.inventory_item_ids ?? [])]
    if (input.inventory_level_ids?.length) {
      const { data } = await query.graph({
        entity: "inventory_level",
        fields: ["inventory_item_id"],
        filters: { id: input.inventory_level_ids },
        withDeleted: true,
      })
      itemIds.push(...graphRows<{ inventory_item_id: string }>(data).map((row) => row.inventory_item_id))
    }
    if (input.reservation_ids?.length) {
      const { data } = await query.graph({
        entity: "reservation_item",
        fields: ["inventory_item_id"],
        filters: { id: input.reservation_ids },
        withDeleted: true,
      })
      itemIds.push(...graphRows<{ inventory_item_id: string }>(data).map((row) => row.inventory_item_id))
    }
    const variantIds = [...(input.variant_ids ?? [])]
    if (itemIds.length) {
      const { data } = await query.graph({
        entity: "product_variant_inventory_item",
        fields: ["variant_id"],
        filters: { inventory_item_id: unique(itemIds) },
      })
      variantIds.push(...graphRows<{ variant_id: string }>(data).map((row) => row.variant_id))
    }
    if (input.order_ids?.length) {
      const { data } = await query.graph({ entity: "order", fields: ["items.variant_id"], filters: { id: input.order_ids } })
      const orders = graphRows<{ items?: ({ variant_id: string | null } | null)[] | null }>(data)
      variantIds.push(...orders.flatMap((order) => (order.items ?? []).map((item) => item?.variant_id)).filter((id): id is string => !!id))
    }
    return new StepResponse({ variant_ids: unique(variantIds), account_ids: unique(input.account_ids ?? []) })
  }
)

/**
 * The new desired stock of every listing of those variants (or accounts):
 * master stock through each account's rules. A listing needs a push for
 * stock when what it should show differs from what was last pushed; an
 * unlisted listing only keeps its desired stock up to date. Returns only the
 * rows that change, so running it twice changes nothing the second time.
 */
export const planListingStockStep = createStep(
  "plan-channel-listing-stock",
  async (input: { variant_ids: string[]; account_ids: string[] }, { container }) => {
    if (!input.variant_ids.length && !input.account_ids.length) return new StepResponse([] as ListingUpdate[])
    const service = channelsService(container)
    const filters: Record<string, string[]> = {}
    if (input.variant_ids.length) filters.variant_id = input.variant_ids
    if (input.account_ids.length) filters.account_id = input.account_ids
    const listings = await service.listChannelListings(filters, { take: null })
    if (!listings.length) return new StepResponse([] as ListingUpdate[])

    const accounts = await service.listChannelAccounts({ id: unique(listings.map((listing) => listing.account_id)) }, { take: null })
    const rules = new Map(accounts.map((account) => [account.id, accountStockRules(account)]))
    const stock = await loadVariantStock(container, listings.map((listing) => listing.variant_id))

    const updates: ListingUpdate[] = []
    for (const listing of listings) {
      const accountRules = rules.get(listing.account_id)
      if (!accountRules) continue
      // A variant that no longer exists offers nothing.
      const desired = offeredStock(stock.get(listing.variant_id)?.available ?? 0, accountRules)
      const stale = listing.status !== "unlisted" && desired !== listing.last_pushed_stock
      const reasons = withReason(listing.push_reasons, "stock", stale)
      const needsPush = reasons.length > 0
      const sameReasons = reasons.length === listing.push_reasons.length && reasons.every((reason) => listing.push_reasons.includes(reason))
      if (desired === listing.desired_stock && needsPush === listing.needs_push && sameReasons) continue
      updates.push({ id: listing.id, desired_stock: desired, needs_push: needsPush, push_reasons: reasons })
    }
    return new StepResponse(updates)
  }
)
