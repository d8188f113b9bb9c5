import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ListingStatus, PushReason } from "../../modules/channels/domain/vocabulary"
import type { ChannelListingRecord, ListingError } from "../../modules/channels/types"
import { graphRows } from "./graph-rows"
import { channelsService } from "./resolve-channels"

/** What the CLI reports about one variant's listing after a run. */
export type ListingReport = {
  variant_id: string
  sku?: string | null
  external_item_id?: string | null
  external_model_id?: string | null
  content_hash?: string | null
  price_hash?: string | null
  last_pushed_price?: number | null
  last_pushed_stock?: number | null
  claims_ocop?: boolean
  status?: ListingStatus
  last_error?: ListingError | null
  last_pushed_at?: string | null
  /** true: push again (a retryable failure); false: nothing left to retry. */
  needs_push?: boolean
}

/** The columns any ledger step may change. */
export type ListingChanges = {
  sku?: string | null
  external_item_id?: string | null
  external_model_id?: string | null
  content_hash?: string | null
  price_hash?: string | null
  last_pushed_price?: number | null
  last_pushed_stock?: number | null
  desired_stock?: number | null
  needs_push?: boolean
  push_reasons?: PushReason[]
  claims_ocop?: boolean
  status?: ListingStatus
  last_error?: ListingError | null
  last_pushed_at?: Date | null
}

export type ListingUpdate = { id: string } & ListingChanges

const CHANGEABLE: (keyof ListingChanges)[] = [
  "sku",
  "external_item_id",
  "external_model_id",
  "content_hash",
  "price_hash",
  "last_pushed_price",
  "last_pushed_stock",
  "desired_stock",
  "needs_push",
  "push_reasons",
  "claims_ocop",
  "status",
  "last_error",
  "last_pushed_at",
]

/** Same reasons as before, with `reason` added or removed. */
export function withReason(reasons: readonly string[], reason: PushReason, present: boolean): PushReason[] {
  const others = reasons.filter((value): value is PushReason => value !== reason)
  return present ? [...others, reason] : others
}

function snapshot(listing: ChannelListingRecord, keys: (keyof ListingChanges)[]): ListingUpdate {
  const restore: ListingUpdate = { id: listing.id }
  for (const key of keys) Object.assign(restore, { [key]: listing[key] })
  return restore
}

/**
 * Writes changes to ledger rows and remembers the previous values of exactly
 * the changed columns, so a failed workflow puts them back.
 */
export const updateChannelListingsStep = createStep(
  "update-channel-listings",
  async (updates: ListingUpdate[], { container }) => {
    if (!updates.length) return new StepResponse([] as ChannelListingRecord[], [] as ListingUpdate[])
    const service = channelsService(container)
    const previous = await service.listChannelListings({ id: updates.map((update) => update.id) }, { take: null })
    const byId = new Map(previous.map((listing) => [listing.id, listing]))
    const restore = updates.flatMap((update) => {
      const listing = byId.get(update.id)
      return listing ? [snapshot(listing, CHANGEABLE.filter((key) => key in update))] : []
    })
    const updated = await service.updateChannelListings(updates)
    return new StepResponse(updated, restore)
  },
  async (restore, { container }) => {
    if (restore?.length) await channelsService(container).updateChannelListings(restore)
  }
)

type VariantRow = { id: string; sku: string | null; product_id: string }

/**
 * Checks a batch from the CLI: each variant once, each variant known.
 * Returns the product and SKU of every variant. Reads only.
 */
export const resolveListingVariantsStep = createStep(
  "resolve-listing-variants",
  async (input: { listings: ListingReport[] }, { container }) => {
    const ids = input.listings.map((listing) => listing.variant_id)
    const duplicates = [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))]
    if (duplicates.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `listings: variant ${duplicates.join(", ")} appears more than once`)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_variant", fields: ["id", "sku", "product_id"], filters: { id: ids } })
    const variants = graphRows<VariantRow>(data)
    const known = new Set(variants.map((variant) => variant.id))
    const unknown = ids.filter((id) => !known.has(id))
    if (unknown.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `listings: unknown variant ${unknown.join(", ")}`)
    }
    return new StepResponse(variants)
  }
)

type UpsertUndo = { created: string[]; restore: ListingUpdate[] }

/**
 * Writes the CLI's report into the ledger, one row per (account, variant):
 * existing rows are updated, missing ones created. A report of a push
 * (`last_pushed_at`) clears the reasons to push; `needs_push` sets or clears
 * "retry". Desired stock is recomputed afterwards by mark-channel-stock-dirty.
 */
export const upsertChannelListingsStep = createStep(
  "upsert-channel-listings",
  async (input: { account_id: string; listings: ListingReport[]; variants: VariantRow[] }, { container }) => {
    const service = channelsService(container)
    const variants = new Map(input.variants.map((variant) => [variant.id, variant]))
    const existing = await service.listChannelListings(
      { account_id: input.account_id, variant_id: input.listings.map((listing) => listing.variant_id) },
      { take: null }
    )
    const byVariant = new Map(existing.map((listing) => [listing.variant_id, listing]))

    const creates: (ListingChanges & { account_id: string; product_id: string; variant_id: string })[] = []
    const updates: ListingUpdate[] = []
    const restore: ListingUpdate[] = []
    for (const report of input.listings) {
      const { variant_id, needs_push, last_pushed_at, ...fields } = report
      const variant = variants.get(variant_id) as VariantRow
      const current = byVariant.get(variant_id)
      let reasons: PushReason[] = last_pushed_at ? [] : ((current?.push_reasons ?? []) as PushReason[])
      if (needs_push !== undefined) reasons = withReason(reasons, "retry", needs_push)
      const changes: ListingChanges = {
        ...fields,
        sku: fields.sku ?? current?.sku ?? variant.sku,
        push_reasons: reasons,
        needs_push: reasons.length > 0,
        ...(last_pushed_at !== undefined ? { last_pushed_at: last_pushed_at === null ? null : new Date(last_pushed_at) } : {}),
      }
      if (current) {
        updates.push({ id: current.id, ...changes })
        restore.push(snapshot(current, CHANGEABLE.filter((key) => key in changes)))
      } else {
        creates.push({ account_id: input.account_id, product_id: variant.product_id, variant_id, ...changes })
      }
    }
    const created = creates.length ? await service.createChannelListings(creates) : []
    if (updates.length) await service.updateChannelListings(updates)
    const undo: UpsertUndo = { created: created.map((listing) => listing.id), restore }
    return new StepResponse({ created: created.length, updated: updates.length }, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = channelsService(container)
    if (undo.created.length) await service.deleteChannelListings(undo.created)
    if (undo.restore.length) await service.updateChannelListings(undo.restore)
  }
)
