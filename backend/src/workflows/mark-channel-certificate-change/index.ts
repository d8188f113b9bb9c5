import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Day } from "../../modules/ocop/domain/dates"
import { planCertificateListingsStep, resolveCertificateProductsStep } from "../steps/channel-certificate-steps"
import { updateChannelListingsStep } from "../steps/channel-listing-steps"

export type CertificateChangeInput = { product_ids?: string[]; certificate_ids?: string[]; today?: Day }

/**
 * Makes the ledger follow OCOP certificates: listings of a product whose
 * certificate no longer shows the badge lose their OCOP claim or are
 * unlisted (per account), and need a push; renewed products are flagged for
 * the CLI to restore the claim. Idempotent.
 */
export const markChannelCertificateChangeWorkflow = createWorkflow(
  "mark-channel-certificate-change",
  (input: CertificateChangeInput) => {
    const productIds = resolveCertificateProductsStep(input)
    const updates = planCertificateListingsStep(
      transform({ productIds, input }, ({ productIds, input }) => ({ product_ids: productIds, today: input.today }))
    )
    const updated = updateChannelListingsStep(updates)
    return new WorkflowResponse(updated)
  }
)
