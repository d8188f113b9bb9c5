import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteChannelAccountWorkflow } from "../../../../../workflows/delete-channel-account"
import { updateChannelAccountWorkflow } from "../../../../../workflows/update-channel-account"
import { validatedBody } from "../../../../utils/validation"
import { loadAccount, presentAccounts } from "../../load"
import { AdminUpdateChannelAccount } from "../../validators"

/** GET /admin/channels/accounts/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [account] = await presentAccounts(req, [await loadAccount(req)])
  res.json({ account })
}

/** POST /admin/channels/accounts/:id — new tokens after re-authorisation, rules, status. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = validatedBody(req, AdminUpdateChannelAccount)
  await updateChannelAccountWorkflow(req.scope).run({ input: { ...body, id: req.params.id } })
  const [account] = await presentAccounts(req, [await loadAccount(req)])
  res.json({ account })
}

/** DELETE /admin/channels/accounts/:id — disconnects the shop (ledger rows go with it). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteChannelAccountWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "channel_account", deleted: true })
}
