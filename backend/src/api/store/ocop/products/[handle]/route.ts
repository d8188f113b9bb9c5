import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../../modules/ocop"
import { vietnamDay } from "../../../../../modules/ocop/domain/dates"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { ocopBadge } from "../../../../utils/ocop-presenters"
import { validatedQuery } from "../../../../utils/validation"
import { presentPublicProducer, PUBLIC_PRODUCER_FIELDS } from "../../producers/present"
import { cataloguePage } from "../catalogue-page"
import { StoreOcopProductParams } from "../validators"

const DETAIL_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "description",
  "thumbnail",
  "images.id",
  "images.url",
  "weight",
  "length",
  "width",
  "height",
  "origin_country",
  "metadata",
  "tags.value",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.manage_inventory",
  "variants.calculated_price.calculated_amount",
  "variants.calculated_price.currency_code",
]

type ProductRow = { id: string; metadata?: Record<string, unknown> | null; [field: string]: unknown }

/**
 * GET /store/ocop/products/:handle — everything a product page shows that can
 * be cached: the product, its label information, its OCOP badge (null when
 * it may not be shown), its producer's public seller details and up to 8
 * other products of the same producer. Stock is read per request elsewhere.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const params = validatedQuery(req, StoreOcopProductParams)
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const today = vietnamDay()
  const salesChannelIds = req.publishable_key_context.sales_channel_ids
  const page = await ocop.queryCatalogue({
    salesChannelIds,
    today,
    handles: [req.params.handle],
    sort: "newest",
    offset: 0,
    limit: 1,
    withFacets: false,
  })
  const row = page.rows[0]
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product with handle "${req.params.handle}"`)

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const pricing = { region_id: params.region_id, currency_code: "vnd" }
  const { data } = await query.graph({
    entity: "product",
    fields: DETAIL_FIELDS,
    filters: { id: row.product_id },
    context: { variants: { calculated_price: QueryContext(pricing) } },
  })
  const product = (data as ProductRow[])[0]
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product with handle "${req.params.handle}"`)

  const [producer] = row.producer
    ? await ocop.listOcopProducers({ id: row.producer.id }, { select: [...PUBLIC_PRODUCER_FIELDS], take: 1 })
    : []
  const related = row.producer
    ? await cataloguePage(
        req.scope,
        {
          salesChannelIds,
          today,
          producerIds: [row.producer.id],
          excludeProductIds: [row.product_id],
          sort: "stars",
          offset: 0,
          limit: 8,
          withFacets: false,
        },
        pricing,
        today
      )
    : { products: [] }

  const metadata = product.metadata ?? {}
  res.json({
    product: {
      ...product,
      metadata: undefined,
      label: metadata.label ?? null,
      shippable: metadata.shippable !== false,
      is_sample: metadata.is_sample === true,
      ocop: ocopBadge(row.certificate, today),
      producer: producer ? presentPublicProducer(producer) : null,
    },
    related: related.products,
  })
}
