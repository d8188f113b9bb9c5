import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../../modules/ocop"
import { vietnamDay } from "../../../../../modules/ocop/domain/dates"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { validatedQuery } from "../../../../utils/validation"
import { cataloguePage } from "../../products/catalogue-page"
import { presentPublicProducer, PUBLIC_PRODUCER_FIELDS } from "../present"
import { StoreOcopProducerParams } from "../validators"

/** GET /store/ocop/producers/:handle — a producer with a page of its published products. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const params = validatedQuery(req, StoreOcopProducerParams)
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const [producer] = await ocop.listOcopProducers(
    { handle: req.params.handle },
    { select: [...PUBLIC_PRODUCER_FIELDS], take: 1 }
  )
  if (!producer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer with handle "${req.params.handle}"`)
  }
  const today = vietnamDay()
  const { products, count } = await cataloguePage(
    req.scope,
    {
      salesChannelIds: req.publishable_key_context.sales_channel_ids,
      today,
      producerIds: [producer.id],
      sort: "stars",
      offset: params.offset,
      limit: params.limit,
      withFacets: false,
    },
    { currency_code: "vnd" },
    today
  )
  res.json({
    producer: presentPublicProducer(producer),
    products,
    count,
    offset: params.offset,
    limit: params.limit,
  })
}
