import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadChannelAccountStep } from "../steps/channel-account-steps"
import {
  resolveListingVariantsStep,
  upsertChannelListingsStep,
  type ListingReport,
} from "../steps/channel-listing-steps"
import { markChannelStockDirtyWorkflow } from "../mark-channel-stock-dirty"

export type UpsertChannelListingsInput = { account_id: string; listings: ListingReport[] }

/**
 * Records what the CLI did on a platform: one ledger row per (account,
 * variant), created or updated, never duplicated. Then each row's desired
 * stock is recomputed, so `needs_push` says at once whether the platform
 * shows the right stock.
 */
export const upsertChannelListingsWorkflow = createWorkflow(
  "upsert-channel-listings",
  (input: UpsertChannelListingsInput) => {
    const account = loadChannelAccountStep(input.account_id)
    const variants = resolveListingVariantsStep(transform({ input }, ({ input }) => ({ listings: input.listings })))
    const result = upsertChannelListingsStep(
      transform({ input, account, variants }, ({ input, account, variants }) => ({
        account_id: account.id,
        listings: input.listings,
        variants,
      }))
    )
    markChannelStockDirtyWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        variant_ids: input.listings.map((listing) => listing.variant_id),
        account_ids: [input.account_id],
      })),
    })
    return new WorkflowResponse(result)
  }
)
