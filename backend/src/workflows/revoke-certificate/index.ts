import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { dayToDate, isDay, vietnamDay, type Day } from "../../modules/ocop/domain/dates"
import { updateCertificatesStep } from "../steps/certificate-steps"
import { loadCertificateStep } from "../steps/product-ocop"

export const OCOP_CERTIFICATE_REVOKED = "ocop.certificate.revoked"

export type RevokeCertificateInput = { certificate_id: string; reason: string; revoked_at?: Day }

const planRevocationStep = createStep(
  "plan-ocop-revocation",
  async (input: { certificate: { id: string; revoked_at: Date | null }; reason: string; revoked_at?: Day }) => {
    if (input.certificate.revoked_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This certificate is already revoked")
    }
    const reason = input.reason.trim()
    if (reason.length < 5) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A revocation needs its reason (at least 5 characters)")
    }
    const day = input.revoked_at ?? vietnamDay()
    if (!isDay(day)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "revoked_at must be a date YYYY-MM-DD")
    return new StepResponse([
      { id: input.certificate.id, revoked_at: dayToDate(day), revocation_reason: reason, status: "revoked" as const },
    ])
  }
)

/**
 * Revokes a certificate (false dossier, criteria no longer met, labelling
 * breach, misuse of the OCOP mark, production stopped). The product loses its
 * badge at once; the record stays for the history.
 */
export const revokeCertificateWorkflow = createWorkflow("revoke-ocop-certificate", (input: RevokeCertificateInput) => {
  const loaded = loadCertificateStep(input.certificate_id)
  const changes = planRevocationStep(
    transform({ loaded, input }, ({ loaded, input }) => ({
      certificate: loaded.certificate,
      reason: input.reason,
      revoked_at: input.revoked_at,
    }))
  )
  const updated = updateCertificatesStep(changes)
  emitEventStep({
    eventName: OCOP_CERTIFICATE_REVOKED,
    data: transform({ loaded }, ({ loaded }) => ({ id: loaded.certificate.id, product_id: loaded.product_id })),
  })
  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
})
