import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { graphRows } from "./graph-rows"
import { ocopService } from "./resolve-ocop"

export type ProductOcop = {
  product_id: string
  producer_id: string | null
  current_certificate_ids: string[]
  certificate_ids: string[]
}

type Row = {
  id: string
  ocop_producer?: { id: string } | null
  ocop_certificates?: ({ id: string; superseded_at: Date | string | null } | null)[] | null
}

/** A product's producer and certificates (404 when the product does not exist). */
export const loadProductOcopStep = createStep("load-product-ocop", async (productId: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "ocop_producer.id", "ocop_certificates.id", "ocop_certificates.superseded_at"],
    filters: { id: productId },
  })
  const [row] = graphRows<Row>(data)
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} was not found`)
  const certificates = (row.ocop_certificates ?? []).flatMap((certificate) => (certificate ? [certificate] : []))
  const result: ProductOcop = {
    product_id: row.id,
    producer_id: row.ocop_producer?.id ?? null,
    current_certificate_ids: certificates.filter((certificate) => !certificate.superseded_at).map((c) => c.id),
    certificate_ids: certificates.map((certificate) => certificate.id),
  }
  return new StepResponse(result)
})

/** The producer a certificate is issued to: the one given, else the product's own (404/400 otherwise). */
export const resolveProducerStep = createStep(
  "resolve-certificate-producer",
  async (input: { producer_id?: string | null; product: ProductOcop }, { container }) => {
    const producerId = input.producer_id ?? input.product.producer_id
    if (!producerId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "producer_id is required: this product has no producer yet"
      )
    }
    const [producer] = await ocopService(container).listOcopProducers({ id: producerId }, { take: 1 })
    if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${producerId} was not found`)
    return new StepResponse({ id: producer.id, district: producer.district as string })
  }
)

type CertificateLinkRow = { id: string; superseded_at: Date | string | null; product?: { id: string } | null }

/** A certificate and the product it belongs to (404 when missing). */
export const loadCertificateStep = createStep("load-ocop-certificate", async (certificateId: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_certificate",
    fields: ["id", "superseded_at", "revoked_at", "product.id"],
    filters: { id: certificateId },
  })
  const [row] = graphRows<CertificateLinkRow & { revoked_at: Date | string | null }>(data)
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Certificate ${certificateId} was not found`)
  const certificate = await ocopService(container).retrieveOcopCertificate(certificateId)
  return new StepResponse({ certificate, product_id: row.product?.id ?? null })
})
