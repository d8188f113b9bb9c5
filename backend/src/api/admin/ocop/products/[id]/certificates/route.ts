import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { attachCertificateWorkflow } from "../../../../../../workflows/attach-certificate"
import { validatedBody } from "../../../../../utils/validation"
import { AdminAttachCertificate } from "../../../validators"

/** POST /admin/ocop/products/:id/certificates — make an existing certificate the product's current one. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { certificate_id } = validatedBody(req, AdminAttachCertificate)
  const { result } = await attachCertificateWorkflow(req.scope).run({
    input: { product_id: req.params.id, certificate_id },
  })
  res.json(result)
}
