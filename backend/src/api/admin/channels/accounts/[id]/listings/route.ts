import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { channelsService } from "../../../../../../workflows/steps/resolve-channels"
import { validatedQuery } from "../../../../../utils/validation"
import { loadAccount } from "../../../load"
import { presentListing } from "../../../present"
import { AdminChannelListingsParams } from "../../../validators"

/** GET /admin/channels/accounts/:id/listings — the ledger, by status and needs_push, paginated. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const params = validatedQuery(req, AdminChannelListingsParams)
  const account = await loadAccount(req)
  const filters: { account_id: string; status?: string[]; needs_push?: boolean } = { account_id: account.id }
  if (params.status) filters.status = params.status
  if (params.needs_push !== undefined) filters.needs_push = params.needs_push
  const [listings, count] = await channelsService(req.scope).listAndCountChannelListings(filters, {
    skip: params.offset,
    take: params.limit,
    order: { sku: "ASC", id: "ASC" },
  })
  res.json({ listings: listings.map(presentListing), count, offset: params.offset, limit: params.limit })
}
