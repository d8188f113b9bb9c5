import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fileCertificateRenewalWorkflow } from "../../../../../../workflows/file-certificate-renewal"
import { validatedBody } from "../../../../../utils/validation"
import { AdminFileRenewal } from "../../../validators"
import { loadCertificate } from "../../load"

/** POST /admin/ocop/certificates/:id/renewal-filing — the dossier is filed; the certificate enters its grace. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = validatedBody(req, AdminFileRenewal)
  await fileCertificateRenewalWorkflow(req.scope).run({ input: { ...body, certificate_id: req.params.id } })
  res.json({ certificate: await loadCertificate(req.scope, req.params.id) })
}
