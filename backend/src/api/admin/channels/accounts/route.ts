import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createChannelAccountWorkflow } from "../../../../workflows/create-channel-account"
import { channelsService } from "../../../../workflows/steps/resolve-channels"
import { validatedBody, validatedQuery } from "../../../utils/validation"
import { presentAccounts } from "../load"
import { AdminChannelAccountsParams, AdminCreateChannelAccount } from "../validators"

/** GET /admin/channels/accounts — connected shops with token warnings and listing counts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const params = validatedQuery(req, AdminChannelAccountsParams)
  const filters: Record<string, string | string[]> = {}
  if (params.platform) filters.platform = params.platform
  if (params.producer_id) filters.producer_id = params.producer_id
  const [accounts, count] = await channelsService(req.scope).listAndCountChannelAccounts(filters, {
    skip: params.offset,
    take: params.limit,
    order: { created_at: "ASC" },
  })
  res.json({ accounts: await presentAccounts(req, accounts), count, offset: params.offset, limit: params.limit })
}

/** POST /admin/channels/accounts — connects a shop; tokens are sealed and never returned. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = validatedBody(req, AdminCreateChannelAccount)
  const { result } = await createChannelAccountWorkflow(req.scope).run({ input: body })
  const [account] = await presentAccounts(req, [result])
  res.status(201).json({ account })
}
