import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"
import { createProducerWorkflow } from "../../../../workflows/create-producer"
import { validatedBody, validatedQuery } from "../../../utils/validation"
import { AdminCreateProducer, AdminProducersParams } from "../validators"

/** GET /admin/ocop/producers — search (without diacritics), filter by type and district, paginate. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const params = validatedQuery(req, AdminProducersParams)
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const { ids, count } = await ocop.searchProducers({
    q: params.q,
    types: params.type,
    districts: params.district,
    offset: params.offset,
    limit: params.limit,
  })
  const producers = ids.length ? await ocop.listOcopProducers({ id: ids }, { take: ids.length }) : []
  const order = new Map(ids.map((id, index) => [id, index]))
  producers.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
  res.json({ producers, count, offset: params.offset, limit: params.limit })
}

/** POST /admin/ocop/producers — registers a producer and its stock location. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = validatedBody(req, AdminCreateProducer)
  const { result } = await createProducerWorkflow(req.scope).run({ input: body })
  res.status(201).json({ producer: result })
}
