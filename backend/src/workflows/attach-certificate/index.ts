import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { dayToDate, vietnamDay } from "../../modules/ocop/domain/dates"
import { updateCertificatesStep } from "../steps/certificate-steps"
import { refreshOcopListingsStep } from "../steps/listing-steps"
import { productCertificateLink, productProducerLink } from "../steps/product-links"
import { loadCertificateStep, loadProductOcopStep } from "../steps/product-ocop"

export const OCOP_CERTIFICATE_ATTACHED = "ocop.certificate.attached"

const assertAttachableStep = createStep(
  "assert-ocop-certificate-attachable",
  async (input: { product_id: string; linked_product_id: string | null; superseded_at: Date | null }) => {
    if (input.linked_product_id && input.linked_product_id !== input.product_id) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "This certificate belongs to another product")
    }
    if (input.superseded_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A superseded certificate cannot become current again")
    }
    return new StepResponse(undefined)
  }
)

/** Makes an existing certificate the product's current one (the previous one is superseded today). */
export const attachCertificateWorkflow = createWorkflow(
  "attach-ocop-certificate",
  (input: { product_id: string; certificate_id: string }) => {
    const product = loadProductOcopStep(input.product_id)
    const loaded = loadCertificateStep(input.certificate_id)
    assertAttachableStep(
      transform({ input, loaded }, ({ input, loaded }) => ({
        product_id: input.product_id,
        linked_product_id: loaded.product_id,
        superseded_at: loaded.certificate.superseded_at,
      }))
    )
    updateCertificatesStep(
      transform({ product, input }, ({ product, input }) =>
        product.current_certificate_ids
          .filter((id) => id !== input.certificate_id)
          .map((id) => ({ id, superseded_at: dayToDate(vietnamDay()) }))
      )
    )
    when({ loaded }, ({ loaded }) => loaded.product_id === null).then(() => {
      createRemoteLinkStep(
        transform({ input }, ({ input }) => [productCertificateLink(input.product_id, input.certificate_id)])
      ).config({ name: "link-attached-certificate" })
    })
    when(
      { product, loaded },
      ({ product, loaded }) => !!product.producer_id && product.producer_id !== loaded.certificate.producer_id
    ).then(() => {
      dismissRemoteLinkStep(
        transform({ product }, ({ product }) => [productProducerLink(product.product_id, product.producer_id as string)])
      )
    })
    when({ product, loaded }, ({ product, loaded }) => product.producer_id !== loaded.certificate.producer_id).then(() => {
      createRemoteLinkStep(
        transform({ input, loaded }, ({ input, loaded }) => [
          productProducerLink(input.product_id, loaded.certificate.producer_id),
        ])
      ).config({ name: "link-attached-producer" })
    })
    refreshOcopListingsStep(transform({ input }, ({ input }) => ({ product_ids: [input.product_id] })))
    emitEventStep({ eventName: OCOP_CERTIFICATE_ATTACHED, data: input })
    return new WorkflowResponse({ product_id: input.product_id, certificate_id: input.certificate_id })
  }
)
