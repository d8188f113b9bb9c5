import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { vietnamDay } from "../../../../../modules/ocop/domain/dates"
import { validatedQuery } from "../../../../utils/validation"
import { suggestOcop } from "../ocop-search"
import { StoreOcopSuggestParams } from "../validators"

/**
 * GET /store/ocop/search/suggest?q= — search as you type: up to 5 OCOP
 * products (the last word counts as a prefix) and 3 producers.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const startedAt = performance.now()
  const { q } = validatedQuery(req, StoreOcopSuggestParams)
  const suggestions = await suggestOcop(req.scope, {
    q,
    salesChannelIds: req.publishable_key_context.sales_channel_ids,
    today: vietnamDay(),
  })
  res.setHeader("Server-Timing", `suggest;dur=${(performance.now() - startedAt).toFixed(1)}`)
  res.json(suggestions)
}
