import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { channelsService } from "../../../../../../../workflows/steps/resolve-channels"
import { upsertChannelListingsWorkflow } from "../../../../../../../workflows/upsert-channel-listings"
import { validatedBody } from "../../../../../../utils/validation"
import { presentListing } from "../../../../present"
import { AdminUpsertChannelListings } from "../../../../validators"

/**
 * POST /admin/channels/accounts/:id/listings/batch — the CLI's report after a
 * run: one ledger row per variant, created or updated (≤ 500 per call).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = validatedBody(req, AdminUpsertChannelListings)
  const { result } = await upsertChannelListingsWorkflow(req.scope).run({
    input: { account_id: req.params.id, listings: body.listings },
  })
  const listings = await channelsService(req.scope).listChannelListings(
    { account_id: req.params.id, variant_id: body.listings.map((listing) => listing.variant_id) },
    { take: null, order: { sku: "ASC", id: "ASC" } }
  )
  res.json({ listings: listings.map(presentListing), created: result.created, updated: result.updated })
}
