import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { statusOn } from "../../modules/ocop/domain/certificate-rules"
import { dateToDay, dayToDate, isDay, vietnamDay, type Day } from "../../modules/ocop/domain/dates"
import { updateCertificatesStep } from "../steps/certificate-steps"
import { loadCertificateStep } from "../steps/product-ocop"

export const OCOP_CERTIFICATE_RENEWAL_FILED = "ocop.certificate.renewal_filed"

export type FileRenewalInput = { certificate_id: string; filed_at?: Day }

const planFilingStep = createStep(
  "plan-ocop-renewal-filing",
  async (input: {
    certificate: { id: string; expires_at: Date; revoked_at: Date | null; superseded_at: Date | null }
    filed_at?: Day
  }) => {
    const filedAt = input.filed_at ?? vietnamDay()
    if (!isDay(filedAt)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `filed_at must be a date YYYY-MM-DD`)
    if (input.certificate.revoked_at || input.certificate.superseded_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only a current, unrevoked certificate can be renewed")
    }
    const expires = dateToDay(input.certificate.expires_at)
    const status = statusOn({ expires_at: expires, renewal_filed_at: filedAt }, vietnamDay())
    return new StepResponse([{ id: input.certificate.id, renewal_filed_at: dayToDate(filedAt), status }])
  }
)

/** Records that the renewal dossier was filed: the certificate stays valid up to 180 days past expiry. */
export const fileCertificateRenewalWorkflow = createWorkflow("file-ocop-certificate-renewal", (input: FileRenewalInput) => {
  const loaded = loadCertificateStep(input.certificate_id)
  const changes = planFilingStep(
    transform({ loaded, input }, ({ loaded, input }) => ({ certificate: loaded.certificate, filed_at: input.filed_at }))
  )
  const updated = updateCertificatesStep(changes)
  emitEventStep({
    eventName: OCOP_CERTIFICATE_RENEWAL_FILED,
    data: transform({ loaded }, ({ loaded }) => ({ id: loaded.certificate.id, product_id: loaded.product_id })),
  })
  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
})
