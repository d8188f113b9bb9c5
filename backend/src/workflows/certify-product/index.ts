import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { dayToDate } from "../../modules/ocop/domain/dates"
import {
  createCertificateStep,
  prepareCertificateStep,
  updateCertificatesStep,
  type CertificateInput,
} from "../steps/certificate-steps"
import { refreshOcopListingsStep } from "../steps/listing-steps"
import { productCertificateLink, productProducerLink } from "../steps/product-links"
import { loadProductOcopStep, resolveProducerStep } from "../steps/product-ocop"

export const OCOP_CERTIFICATE_CREATED = "ocop.certificate.created"

export type CertifyProductInput = {
  product_id: string
  /** Defaults to the producer already linked to the product. */
  producer_id?: string | null
  certificate: CertificateInput
}

/**
 * Certifies a product: records the certificate, makes it the product's current
 * one (the previous one stays in the history, superseded on the new decision
 * date), links the product to the certificate's producer, and refreshes the
 * catalogue row. Any failure undoes every step.
 */
export const certifyProductWorkflow = createWorkflow("certify-ocop-product", (input: CertifyProductInput) => {
  const product = loadProductOcopStep(input.product_id)
  const producer = resolveProducerStep(
    transform({ input, product }, ({ input, product }) => ({ producer_id: input.producer_id, product }))
  )
  const record = prepareCertificateStep(
    transform({ input, producer }, ({ input, producer }) => ({ certificate: input.certificate, producer }))
  )
  const certificate = createCertificateStep(record)

  updateCertificatesStep(
    transform({ product, input }, ({ product, input }) =>
      product.current_certificate_ids.map((id) => ({ id, superseded_at: dayToDate(input.certificate.issued_at) }))
    )
  )
  createRemoteLinkStep(
    transform({ product, certificate }, ({ product, certificate }) => [
      productCertificateLink(product.product_id, certificate.id),
    ])
  ).config({ name: "link-product-certificate" })

  // A product is made by one producer: re-point the link when the certificate names another.
  when({ product, producer }, ({ product, producer }) => !!product.producer_id && product.producer_id !== producer.id).then(
    () => {
      dismissRemoteLinkStep(
        transform({ product }, ({ product }) => [productProducerLink(product.product_id, product.producer_id as string)])
      )
    }
  )
  when({ product, producer }, ({ product, producer }) => product.producer_id !== producer.id).then(() => {
    createRemoteLinkStep(
      transform({ product, producer }, ({ product, producer }) => [productProducerLink(product.product_id, producer.id)])
    ).config({ name: "link-product-producer" })
  })

  refreshOcopListingsStep(transform({ product }, ({ product }) => ({ product_ids: [product.product_id] })))
  emitEventStep({
    eventName: OCOP_CERTIFICATE_CREATED,
    data: transform({ certificate, product }, ({ certificate, product }) => ({
      id: certificate.id,
      product_id: product.product_id,
    })),
  })
  return new WorkflowResponse(certificate)
})
