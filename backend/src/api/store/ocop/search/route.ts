import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { vietnamDay } from "../../../../modules/ocop/domain/dates"
import { validatedQuery } from "../../../utils/validation"
import { searchOcopProducts } from "./ocop-search"
import { StoreOcopSearchParams } from "./validators"

/**
 * GET /store/ocop/search — OCOP products (certificate valid today) of the
 * key's sales channels matching `q` with accents optional and small typos
 * forgiven, ranked (title before description, exact accents first), with the
 * catalogue's filters, sorts, facets and product shape, title highlights and
 * a did-you-mean `suggestion` when there are few results. Without `q`: the
 * catalogue order.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const startedAt = performance.now()
  const params = validatedQuery(req, StoreOcopSearchParams)
  const today = vietnamDay()
  const { products, count, facets, suggestion, timings } = await searchOcopProducts(req.scope, {
    q: params.q,
    salesChannelIds: req.publishable_key_context.sales_channel_ids,
    today,
    stars: params.stars,
    groups: params.group,
    districts: params.district,
    producerTypes: params.producer_type,
    producerHandles: params.producer,
    inStock: params.in_stock,
    priceMin: params.price_min,
    priceMax: params.price_max,
    sort: params.sort,
    offset: params.offset,
    limit: params.limit,
    withFacets: params.facets,
  })
  // Total first (what the benchmark reads), then its parts.
  res.setHeader(
    "Server-Timing",
    [
      `search;dur=${(performance.now() - startedAt).toFixed(1)}`,
      `engine;dur=${timings.search.toFixed(1)}`,
      `hydrate;dur=${timings.hydrate.toFixed(1)}`,
      `suggest;dur=${timings.suggest.toFixed(1)}`,
    ].join(", ")
  )
  res.json({ products, count, offset: params.offset, limit: params.limit, ...(facets ? { facets } : {}), suggestion })
}
