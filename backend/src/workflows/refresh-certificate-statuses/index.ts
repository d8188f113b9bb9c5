import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { statusOn, type CertificateStatus } from "../../modules/ocop/domain/certificate-rules"
import { dateToDay, vietnamDay, type Day } from "../../modules/ocop/domain/dates"
import { updateCertificatesStep } from "../steps/certificate-steps"
import { ocopService } from "../steps/resolve-ocop"

export const OCOP_CERTIFICATE_STATUSES_CHANGED = "ocop.certificate.statuses_changed"

/** Which current certificates have a stored status that no longer matches the rules on a day. */
const planStatusChangesStep = createStep("plan-ocop-status-changes", async (input: { today?: Day }, { container }) => {
  const today = input.today ?? vietnamDay()
  const certificates = await ocopService(container).listOcopCertificates(
    { superseded_at: null },
    { select: ["id", "status", "expires_at", "revoked_at", "renewal_filed_at"], take: null }
  )
  const changes: { id: string; status: CertificateStatus }[] = []
  for (const certificate of certificates) {
    const status = statusOn(
      {
        expires_at: dateToDay(certificate.expires_at),
        revoked_at: certificate.revoked_at ? dateToDay(certificate.revoked_at) : null,
        renewal_filed_at: certificate.renewal_filed_at ? dateToDay(certificate.renewal_filed_at) : null,
      },
      today
    )
    if (status !== certificate.status) changes.push({ id: certificate.id, status })
  }
  return new StepResponse(changes)
})

/**
 * The daily job: moves certificates between active, expiring, renewal_pending
 * and expired as days pass. Idempotent (a second run the same day changes nothing).
 */
export const refreshCertificateStatusesWorkflow = createWorkflow(
  "refresh-ocop-certificate-statuses",
  (input: { today?: Day }) => {
    const changes = planStatusChangesStep(input)
    updateCertificatesStep(changes)
    emitEventStep({
      eventName: OCOP_CERTIFICATE_STATUSES_CHANGED,
      data: transform({ changes }, ({ changes }) => ({ ids: changes.map((change) => change.id) })),
    })
    return new WorkflowResponse(transform({ changes }, ({ changes }) => ({ changed: changes })))
  }
)
