import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pullChannelOrdersWorkflow } from "../../../../../../workflows/pull-channel-orders"
import { validatedBody } from "../../../../../utils/validation"
import { presentRun } from "../../../present"
import { AdminPullChannelOrders } from "../../../validators"

/**
 * POST /admin/channels/accounts/:id/pull-orders — the backend reads the
 * account's orders changed on the platform since its last pull and imports
 * each once, then pushes the stock that is left to every channel; answers
 * with the recorded run (counts: created = imported, unchanged = imported
 * before, failed = refused or failed). 400 when the account cannot be
 * reached from the backend (no tokens, app not configured: the channel CLI
 * pulls it), 409 while another pull of it runs.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  validatedBody(req, AdminPullChannelOrders)
  const { result } = await pullChannelOrdersWorkflow(req.scope).run({
    input: { account_id: req.params.id, requested_by: req.auth_context.actor_id },
  })
  // A pull asked for in the admin always records its run.
  res.json({ run: result.run ? presentRun(result.run) : null })
}
