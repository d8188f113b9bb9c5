import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reindexProductSearchStep, resolveAffectedProductsStep, type AffectedProductsInput } from "../steps/search-steps"

/**
 * Brings the product search index up to date after an OCOP change Medusa does
 * not follow by itself: certificates, producers, catalogue rows (prices,
 * sales channels) and stock. Run by the `search-ocop-sync` subscriber.
 */
export const reindexProductSearchWorkflow = createWorkflow("reindex-product-search", (input: AffectedProductsInput) => {
  const productIds = resolveAffectedProductsStep(input)
  return new WorkflowResponse(reindexProductSearchStep(productIds))
})
