import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateChannelListingsStep } from "../steps/channel-listing-steps"
import { planListingStockStep, resolveStockVariantsStep, type StockChangeInput } from "../steps/channel-stock-steps"

/**
 * Recomputes `desired_stock` of the listings a stock change touches (by
 * variant, inventory item, level, reservation, order or account) with each
 * account's rules, and sets `needs_push` where it differs from what was last
 * pushed. Idempotent: a second run with the same stock changes nothing.
 */
export const markChannelStockDirtyWorkflow = createWorkflow("mark-channel-stock-dirty", (input: StockChangeInput) => {
  const targets = resolveStockVariantsStep(input)
  const updates = planListingStockStep(targets)
  const updated = updateChannelListingsStep(updates)
  return new WorkflowResponse(updated)
})
