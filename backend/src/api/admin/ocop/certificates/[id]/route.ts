import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCertificateWorkflow } from "../../../../../workflows/delete-certificate"
import { updateCertificateWorkflow } from "../../../../../workflows/update-certificate"
import { validatedBody } from "../../../../utils/validation"
import { AdminUpdateCertificate } from "../../validators"
import { loadCertificate } from "../load"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ certificate: await loadCertificate(req.scope, req.params.id) })
}

/** Corrections only (decision number, issuer, evidence, score); stars and dates change by renewal. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = validatedBody(req, AdminUpdateCertificate)
  await updateCertificateWorkflow(req.scope).run({ input: { ...body, id: req.params.id } })
  res.json({ certificate: await loadCertificate(req.scope, req.params.id) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteCertificateWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "ocop_certificate", deleted: true })
}
