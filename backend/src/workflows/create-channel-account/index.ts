import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createChannelAccountStep,
  sealChannelAccountStep,
  validateChannelAccountStep,
  type ChannelAccountInput,
} from "../steps/channel-account-steps"

/**
 * Connects a marketplace shop (or a hand-listed platform) to the province or
 * a producer. Tokens are sealed before anything is written; the account is
 * removed again if a later step fails.
 */
export const createChannelAccountWorkflow = createWorkflow("create-channel-account", (input: ChannelAccountInput) => {
  validateChannelAccountStep(
    transform({ input }, ({ input }) => ({ platform: input.platform, shop_id: input.shop_id, producer_id: input.producer_id }))
  )
  const data = sealChannelAccountStep(input)
  const account = createChannelAccountStep(
    transform({ data, input }, ({ data, input }) => ({ ...data, platform: input.platform, name: input.name }))
  )
  return new WorkflowResponse(account)
})
