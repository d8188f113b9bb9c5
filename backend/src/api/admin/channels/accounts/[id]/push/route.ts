import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pushChannelListingsWorkflow } from "../../../../../../workflows/push-channel-listings"
import { validatedBody } from "../../../../../utils/validation"
import { presentRun } from "../../../present"
import { AdminPushChannelAccount } from "../../../validators"

/**
 * POST /admin/channels/accounts/:id/push — the backend pushes the account's
 * whole catalogue now (or, `dry_run`, only says what it would send), with the
 * account's sealed tokens, and answers with the recorded run. 400 when the
 * account cannot be pushed from the backend (no tokens, app not configured:
 * the channel CLI pushes it), 409 while another push of it runs.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = validatedBody(req, AdminPushChannelAccount)
  const { result } = await pushChannelListingsWorkflow(req.scope).run({
    input: { account_id: req.params.id, dry_run: body.dry_run ?? false, scope: "all", requested_by: req.auth_context.actor_id },
  })
  // A push of the whole catalogue always records its run.
  res.json({ run: result.run ? presentRun(result.run) : null })
}
