import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addDays, dayToDate, vietnamDay } from "../../../../modules/ocop/domain/dates"
import { certifyProductWorkflow } from "../../../../workflows/certify-product"
import { validatedBody, validatedQuery } from "../../../utils/validation"
import { AdminCertificatesParams, AdminCertifyProduct } from "../validators"
import { listCertificates, loadCertificate } from "./load"

/**
 * GET /admin/ocop/certificates — by status, by expiry window
 * (expires_after/expires_before or expiring_within_days from today), by producer.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const params = validatedQuery(req, AdminCertificatesParams)
  const filters: Record<string, unknown> = {}
  if (params.status?.length) filters.status = params.status
  if (params.producer_id) filters.producer_id = params.producer_id
  if (params.q) filters.certificate_number = { $ilike: `%${params.q.replace(/[\\%_]/g, "")}%` }
  if (params.current === "true") filters.superseded_at = null
  if (params.current === "false") filters.superseded_at = { $ne: null }
  const expires: Record<string, Date> = {}
  if (params.expires_after) expires.$gte = dayToDate(params.expires_after)
  if (params.expires_before) expires.$lte = dayToDate(params.expires_before)
  if (params.expiring_within_days) {
    const today = vietnamDay()
    expires.$gte = dayToDate(today)
    expires.$lte = dayToDate(addDays(today, params.expiring_within_days))
  }
  if (Object.keys(expires).length) filters.expires_at = expires
  const [field, direction] = params.order.startsWith("-")
    ? [params.order.slice(1), "DESC" as const]
    : [params.order, "ASC" as const]
  const { certificates, count } = await listCertificates(req.scope, filters, {
    skip: params.offset,
    take: params.limit,
    order: { [field]: direction, id: "ASC" },
  })
  res.json({ certificates, count, offset: params.offset, limit: params.limit })
}

/** POST /admin/ocop/certificates — certifies a product (the new certificate becomes its current one). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { product_id, producer_id, ...certificate } = validatedBody(req, AdminCertifyProduct)
  const { result } = await certifyProductWorkflow(req.scope).run({
    input: { product_id, producer_id, certificate },
  })
  res.status(201).json({ certificate: await loadCertificate(req.scope, result.id) })
}
