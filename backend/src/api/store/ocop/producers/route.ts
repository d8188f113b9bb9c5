import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"
import { validatedQuery } from "../../../utils/validation"
import { presentPublicProducer, PUBLIC_PRODUCER_FIELDS } from "./present"
import { StoreOcopProducersParams } from "./validators"

/** GET /store/ocop/producers — OCOP producers, searchable without diacritics ("tam hoa" finds "Tâm Hòa"). */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const params = validatedQuery(req, StoreOcopProducersParams)
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const { ids, count } = await ocop.searchProducers({
    q: params.q,
    types: params.type,
    districts: params.district,
    offset: params.offset,
    limit: params.limit,
  })
  const producers = ids.length
    ? await ocop.listOcopProducers({ id: ids }, { select: [...PUBLIC_PRODUCER_FIELDS], take: ids.length })
    : []
  const order = new Map(ids.map((id, index) => [id, index]))
  producers.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
  res.json({ producers: producers.map(presentPublicProducer), count, offset: params.offset, limit: params.limit })
}
