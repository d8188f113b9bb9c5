import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { vietnamDay } from "../../../../../modules/ocop/domain/dates"
import { presentCertificate } from "../../../../utils/ocop-presenters"

type Row = {
  id: string
  title: string
  ocop_producer?: Record<string, unknown> | null
  ocop_certificates?: (Parameters<typeof presentCertificate>[0] | null)[] | null
}

/** GET /admin/ocop/products/:id — a product's producer and certificate history (current first). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "ocop_producer.*", "ocop_certificates.*"],
    filters: { id: req.params.id },
  })
  const row = (data as Row[])[0]
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  const today = vietnamDay()
  const certificates = (row.ocop_certificates ?? [])
    .flatMap((certificate) => (certificate ? [presentCertificate(certificate, today)] : []))
    .sort((a, b) => Number(b.is_current) - Number(a.is_current) || b.issued_at.localeCompare(a.issued_at))
  res.json({
    product_id: row.id,
    title: row.title,
    producer: row.ocop_producer ?? null,
    current_certificate: certificates.find((certificate) => certificate.is_current) ?? null,
    certificates,
  })
}
