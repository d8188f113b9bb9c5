import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshOcopListingsStep } from "../steps/listing-steps"

/** Rebuilds catalogue rows for products after a product, price, link or certificate change. */
export const refreshOcopListingsWorkflow = createWorkflow(
  "refresh-ocop-listings",
  (input: { product_ids: string[] }) => {
    return new WorkflowResponse(refreshOcopListingsStep(input))
  }
)
