import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadChannelAccountStep, softDeleteChannelAccountStep } from "../steps/channel-account-steps"

/**
 * Disconnects an account: the account and its ledger rows are soft-deleted
 * (restored if the workflow fails); sync runs and imported orders stay as history.
 */
export const deleteChannelAccountWorkflow = createWorkflow("delete-channel-account", (input: { id: string }) => {
  const account = loadChannelAccountStep(input.id)
  const deleted = softDeleteChannelAccountStep(account.id)
  return new WorkflowResponse(deleted)
})
