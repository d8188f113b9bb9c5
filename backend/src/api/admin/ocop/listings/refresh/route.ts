import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import refreshOcopCertificatesJob from "../../../../../jobs/refresh-ocop-certificates"

/** POST /admin/ocop/listings/refresh — runs the daily refresh now (statuses and catalogue rows). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await refreshOcopCertificatesJob(req.scope)
  res.json({ refreshed: true })
}
