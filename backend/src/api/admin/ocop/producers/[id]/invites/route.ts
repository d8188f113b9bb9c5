import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteProducerMemberWorkflow } from "../../../../../../workflows/invite-producer-member"
import { validatedBody } from "../../../../../utils/validation"
import { AdminInviteMember } from "../../../validators"

/** POST /admin/ocop/producers/:id/invites — invite a person by phone; the token is shown once. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = validatedBody(req, AdminInviteMember)
  const { result } = await inviteProducerMemberWorkflow(req.scope).run({
    input: { ...body, producer_id: req.params.id, invited_by: req.auth_context.actor_id },
  })
  const { token_hash: _hash, ...invite } = result.invite
  res.status(201).json({ invite, token: result.token })
}
