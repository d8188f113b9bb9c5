import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { dateToDay } from "../../modules/ocop/domain/dates"
import { certifyProductWorkflow, type CertifyProductInput } from "../certify-product"
import type { CertificateInput } from "../steps/certificate-steps"
import { loadCertificateStep } from "../steps/product-ocop"

export type RenewCertificateInput = {
  certificate_id: string
  /** The new decision; stars, score and product set default to the renewed certificate's. */
  certificate: Partial<CertificateInput> & Pick<CertificateInput, "certificate_number" | "decision_number" | "issued_at">
}

type Loaded = {
  certificate: {
    id: string
    stars: number
    product_set: string
    product_group: string
    producer_id: string
    superseded_at: Date | null
    revoked_at: Date | null
    is_sample: boolean
  }
  product_id: string | null
}

const planRenewalStep = createStep("plan-ocop-renewal", async (input: { loaded: Loaded; renewal: RenewCertificateInput }) => {
  const { certificate, product_id } = input.loaded
  if (!product_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This certificate is not attached to a product")
  }
  if (certificate.revoked_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A revoked certificate cannot be renewed; certify the product again")
  }
  if (certificate.superseded_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This certificate was already renewed")
  }
  const next = input.renewal.certificate
  const plan: CertifyProductInput = {
    product_id,
    producer_id: certificate.producer_id,
    certificate: {
      ...next,
      stars: next.stars ?? certificate.stars,
      product_set: next.product_set ?? certificate.product_set,
      product_group: next.product_group ?? certificate.product_group,
      is_sample: next.is_sample ?? certificate.is_sample,
    },
  }
  return new StepResponse(plan)
})

/**
 * Records the re-evaluation of a certificate: a new certificate for the same
 * product, which supersedes the old one (kept in the history).
 */
export const renewCertificateWorkflow = createWorkflow("renew-ocop-certificate", (input: RenewCertificateInput) => {
  const loaded = loadCertificateStep(input.certificate_id)
  const plan = planRenewalStep(
    transform({ loaded, input }, ({ loaded, input }) => ({ loaded, renewal: input }))
  )
  const renewed = certifyProductWorkflow.runAsStep({ input: plan })
  return new WorkflowResponse(
    transform({ renewed, loaded }, ({ renewed, loaded }) => ({
      certificate: renewed,
      previous_certificate_id: loaded.certificate.id,
      previous_expires_at: dateToDay(loaded.certificate.expires_at),
    }))
  )
})
