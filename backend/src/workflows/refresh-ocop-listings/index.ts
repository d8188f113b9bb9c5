import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { refreshOcopListingsStep } from "../steps/listing-steps"

export const OCOP_LISTINGS_REFRESHED = "ocop.listings.refreshed"

/**
 * Rebuilds catalogue rows for products after a product, price, link or
 * certificate change, then says so (`ocop.listings.refreshed`, with the
 * product ids) so the search index follows.
 */
export const refreshOcopListingsWorkflow = createWorkflow(
  "refresh-ocop-listings",
  (input: { product_ids: string[] }) => {
    const refreshed = refreshOcopListingsStep(input)
    emitEventStep({ eventName: OCOP_LISTINGS_REFRESHED, data: input })
    return new WorkflowResponse(refreshed)
  }
)
