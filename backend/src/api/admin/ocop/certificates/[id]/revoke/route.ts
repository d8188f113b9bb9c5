import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeCertificateWorkflow } from "../../../../../../workflows/revoke-certificate"
import { validatedBody } from "../../../../../utils/validation"
import { AdminRevokeCertificate } from "../../../validators"
import { loadCertificate } from "../../load"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = validatedBody(req, AdminRevokeCertificate)
  await revokeCertificateWorkflow(req.scope).run({ input: { ...body, certificate_id: req.params.id } })
  res.json({ certificate: await loadCertificate(req.scope, req.params.id) })
}
