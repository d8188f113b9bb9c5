import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { dismissRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { refreshOcopListingsStep } from "../steps/listing-steps"
import { productCertificateLink } from "../steps/product-links"
import { loadProductOcopStep } from "../steps/product-ocop"

export const OCOP_CERTIFICATE_DETACHED = "ocop.certificate.detached"

const assertLinkedStep = createStep(
  "assert-ocop-certificate-linked",
  async (input: { certificate_ids: string[]; certificate_id: string }) => {
    if (!input.certificate_ids.includes(input.certificate_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This certificate is not attached to this product")
    }
    return new StepResponse(undefined)
  }
)

/** Removes a certificate from a product (the product then shows no OCOP badge until certified again). */
export const detachCertificateWorkflow = createWorkflow(
  "detach-ocop-certificate",
  (input: { product_id: string; certificate_id: string }) => {
    const product = loadProductOcopStep(input.product_id)
    assertLinkedStep(
      transform({ product, input }, ({ product, input }) => ({
        certificate_ids: product.certificate_ids,
        certificate_id: input.certificate_id,
      }))
    )
    dismissRemoteLinkStep(
      transform({ input }, ({ input }) => [productCertificateLink(input.product_id, input.certificate_id)])
    )
    refreshOcopListingsStep(transform({ input }, ({ input }) => ({ product_ids: [input.product_id] })))
    emitEventStep({ eventName: OCOP_CERTIFICATE_DETACHED, data: input })
    return new WorkflowResponse({ product_id: input.product_id, certificate_id: input.certificate_id, detached: true })
  }
)
