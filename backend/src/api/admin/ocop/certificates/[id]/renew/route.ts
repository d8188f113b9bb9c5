import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renewCertificateWorkflow } from "../../../../../../workflows/renew-certificate"
import { validatedBody } from "../../../../../utils/validation"
import { AdminRenewCertificate } from "../../../validators"
import { loadCertificate } from "../../load"

/** POST /admin/ocop/certificates/:id/renew — records the new decision; the old certificate is superseded. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const certificate = validatedBody(req, AdminRenewCertificate)
  const { result } = await renewCertificateWorkflow(req.scope).run({
    input: { certificate_id: req.params.id, certificate },
  })
  res.status(201).json({
    certificate: await loadCertificate(req.scope, result.certificate.id),
    previous_certificate: await loadCertificate(req.scope, req.params.id),
  })
}
