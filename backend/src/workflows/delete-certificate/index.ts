import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { dismissRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { softDeleteCertificatesStep } from "../steps/certificate-steps"
import { refreshOcopListingsStep } from "../steps/listing-steps"
import { productCertificateLink } from "../steps/product-links"
import { loadCertificateStep } from "../steps/product-ocop"

export const OCOP_CERTIFICATE_DELETED = "ocop.certificate.deleted"

/** Deletes a certificate recorded by mistake (soft delete, restorable); real withdrawals are revocations. */
export const deleteCertificateWorkflow = createWorkflow("delete-ocop-certificate", (input: { id: string }) => {
  const loaded = loadCertificateStep(input.id)
  when({ loaded }, ({ loaded }) => loaded.product_id !== null).then(() => {
    dismissRemoteLinkStep(
      transform({ loaded }, ({ loaded }) => [productCertificateLink(loaded.product_id as string, loaded.certificate.id)])
    )
  })
  softDeleteCertificatesStep(transform({ input }, ({ input }) => [input.id]))
  when({ loaded }, ({ loaded }) => loaded.product_id !== null).then(() => {
    refreshOcopListingsStep(transform({ loaded }, ({ loaded }) => ({ product_ids: [loaded.product_id as string] })))
  })
  emitEventStep({
    eventName: OCOP_CERTIFICATE_DELETED,
    data: transform({ loaded }, ({ loaded }) => ({ id: loaded.certificate.id, product_id: loaded.product_id })),
  })
  return new WorkflowResponse({ id: input.id, deleted: true })
})
