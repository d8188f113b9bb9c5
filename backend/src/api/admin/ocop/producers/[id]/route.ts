import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deleteProducerWorkflow } from "../../../../../workflows/delete-producer"
import { updateProducerWorkflow } from "../../../../../workflows/update-producer"
import { validatedBody } from "../../../../utils/validation"
import { AdminUpdateProducer } from "../../validators"

async function loadProducer(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_producer",
    fields: ["*", "stock_location.id", "stock_location.name", "members.*"],
    filters: { id },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${id} was not found`)
  return data[0]
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ producer: await loadProducer(req, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = validatedBody(req, AdminUpdateProducer)
  await loadProducer(req, req.params.id)
  await updateProducerWorkflow(req.scope).run({ input: { ...body, id: req.params.id } })
  res.json({ producer: await loadProducer(req, req.params.id) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await loadProducer(req, req.params.id)
  await deleteProducerWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "ocop_producer", deleted: true })
}
