import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { detachCertificateWorkflow } from "../../../../../../../workflows/detach-certificate"

/** DELETE /admin/ocop/products/:id/certificates/:certificate_id — detach (the product loses its badge). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await detachCertificateWorkflow(req.scope).run({
    input: { product_id: req.params.id, certificate_id: req.params.certificate_id },
  })
  res.json(result)
}
