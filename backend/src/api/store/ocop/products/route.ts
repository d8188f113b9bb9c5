import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { vietnamDay } from "../../../../modules/ocop/domain/dates"
import { validatedQuery } from "../../../utils/validation"
import { matchingProductIds } from "../search/ocop-search"
import { cataloguePage } from "./catalogue-page"
import { StoreOcopProductsParams } from "./validators"

/**
 * GET /store/ocop/products — published OCOP products of the key's sales
 * channels with their certificate (`ocop`, null when it may not be shown) and
 * producer; filters, sort, pagination and optional facet counts. `q` matches
 * like /store/ocop/search (accents optional, small typos forgiven; at most the
 * 1,000 best matches), over certified and uncertified products alike.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const params = validatedQuery(req, StoreOcopProductsParams)
  const today = vietnamDay()
  const salesChannelIds = req.publishable_key_context.sales_channel_ids
  const productIds = params.q ? await matchingProductIds(req.scope, { q: params.q, salesChannelIds }) : undefined
  const { products, count, facets } = await cataloguePage(
    req.scope,
    {
      salesChannelIds,
      today,
      stars: params.stars,
      groups: params.group,
      districts: params.district,
      producerTypes: params.producer_type,
      producerHandles: params.producer,
      productIds,
      priceMin: params.price_min,
      priceMax: params.price_max,
      sort: params.sort ?? (productIds ? "relevance" : "stars"),
      offset: params.offset,
      limit: params.limit,
      withFacets: params.facets,
    },
    { region_id: params.region_id, currency_code: "vnd" },
    today
  )
  res.json({ products, count, offset: params.offset, limit: params.limit, ...(facets ? { facets } : {}) })
}
