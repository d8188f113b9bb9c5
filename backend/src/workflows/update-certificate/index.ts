import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { certificateRuleErrors } from "../../modules/ocop/domain/certificate-input"
import { updateCertificatesStep } from "../steps/certificate-steps"
import { loadCertificateStep } from "../steps/product-ocop"

export const OCOP_CERTIFICATE_UPDATED = "ocop.certificate.updated"

/** What may be corrected on a certificate after the fact; stars and dates change only by a new decision. */
export type UpdateCertificateInput = {
  id: string
  decision_number?: string
  issuer?: string
  evidence_url?: string | null
  score?: number | null
}

const checkCorrectionStep = createStep(
  "check-ocop-certificate-correction",
  async (input: { update: UpdateCertificateInput; stars: number }) => {
    const errors = certificateRuleErrors({ stars: input.stars, score: input.update.score })
    if (errors.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, errors.join("; "))
    return new StepResponse([input.update])
  }
)

export const updateCertificateWorkflow = createWorkflow("update-ocop-certificate", (input: UpdateCertificateInput) => {
  const loaded = loadCertificateStep(input.id)
  const changes = checkCorrectionStep(
    transform({ input, loaded }, ({ input, loaded }) => ({ update: input, stars: loaded.certificate.stars }))
  )
  const updated = updateCertificatesStep(changes)
  emitEventStep({
    eventName: OCOP_CERTIFICATE_UPDATED,
    data: transform({ loaded }, ({ loaded }) => ({ id: loaded.certificate.id, product_id: loaded.product_id })),
  })
  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
})
