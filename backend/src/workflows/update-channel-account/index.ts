import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { isPlatform } from "../../modules/channels/domain/vocabulary"
import {
  loadChannelAccountStep,
  sealChannelAccountStep,
  updateChannelAccountStep,
  validateChannelAccountStep,
  type ChannelAccountUpdate,
} from "../steps/channel-account-steps"
import { markChannelStockDirtyWorkflow } from "../mark-channel-stock-dirty"

const STOCK_RULES = ["stock_reserve", "stock_zero_below", "stock_percent"] as const

/**
 * Changes an account: new tokens (sealed) after a re-authorisation, rules,
 * status. When a stock rule changes every listing of the account gets its
 * desired stock again. The previous values come back if a step fails.
 */
export const updateChannelAccountWorkflow = createWorkflow("update-channel-account", (input: ChannelAccountUpdate) => {
  const account = loadChannelAccountStep(input.id)
  validateChannelAccountStep(
    transform({ input, account }, ({ input, account }) => ({
      platform: isPlatform(account.platform) ? account.platform : undefined,
      shop_id: input.shop_id === undefined ? account.shop_id : input.shop_id,
      producer_id: input.producer_id,
      except_id: input.id,
    }))
  )
  const data = sealChannelAccountStep(
    transform({ input }, ({ input }) => {
      const { id: _id, ...fields } = input
      return fields
    })
  )
  const updated = updateChannelAccountStep(transform({ input, data }, ({ input, data }) => ({ id: input.id, data })))
  when({ input }, ({ input }) => STOCK_RULES.some((key) => input[key] !== undefined)).then(() => {
    markChannelStockDirtyWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ account_ids: [input.id] })) })
  })
  return new WorkflowResponse(updated)
})
