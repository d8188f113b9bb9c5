import crypto from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { normalizeVietnamesePhone } from "../../modules/ocop/domain/contact"
import { ocopService } from "../steps/resolve-ocop"

export const OCOP_PRODUCER_MEMBER_INVITED = "ocop.producer_member.invited"
const INVITE_DAYS = 7

export type InviteProducerMemberInput = {
  producer_id: string
  phone: string
  name?: string | null
  role: "owner" | "staff"
  invited_by?: string | null
}

/**
 * Province staff invite a person (by phone) to manage a producer. Only a hash
 * of the one-time token is stored; the token itself is returned once, to be
 * sent to the invitee (Zalo/SMS in the portal issue).
 */
const createInviteStep = createStep(
  "create-ocop-producer-invite",
  async (input: InviteProducerMemberInput, { container }) => {
    const service = ocopService(container)
    await service.retrieveOcopProducer(input.producer_id)
    const phone = normalizeVietnamesePhone(input.phone)
    if (!phone) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `phone "${input.phone}" is not a Vietnamese phone number`)
    }
    const [member] = await service.listOcopProducerMembers({ phone }, { take: 1 })
    if (member) throw new MedusaError(MedusaError.Types.CONFLICT, "This phone already belongs to a producer member")
    const token = crypto.randomBytes(24).toString("base64url")
    const invite = await service.createOcopProducerInvites({
      producer_id: input.producer_id,
      phone,
      name: input.name ?? null,
      role: input.role,
      invited_by: input.invited_by ?? null,
      token_hash: crypto.createHash("sha256").update(token).digest("hex"),
      expires_at: new Date(Date.now() + INVITE_DAYS * 24 * 3600 * 1000),
    })
    return new StepResponse({ invite, token }, invite.id)
  },
  async (id, { container }) => {
    if (id) await ocopService(container).deleteOcopProducerInvites(id)
  }
)

export const inviteProducerMemberWorkflow = createWorkflow(
  "invite-ocop-producer-member",
  (input: InviteProducerMemberInput) => {
    const result = createInviteStep(input)
    emitEventStep({
      eventName: OCOP_PRODUCER_MEMBER_INVITED,
      data: transform({ result }, ({ result }) => ({ id: result.invite.id })),
    })
    return new WorkflowResponse(result)
  }
)
