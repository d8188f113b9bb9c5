import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadChannelAccountStep } from "../steps/channel-account-steps"
import { recordSyncRunStep, type SyncRunInput } from "../steps/channel-run-steps"

/**
 * Records a sync run of the channel CLI (dry run, push, order pull,
 * reconciliation, export) with its counts, or a run an operator requested
 * in the admin for the CLI to perform.
 */
export const recordChannelSyncRunWorkflow = createWorkflow("record-channel-sync-run", (input: SyncRunInput) => {
  const account = loadChannelAccountStep(input.account_id)
  const run = recordSyncRunStep(transform({ input, account }, ({ input, account }) => ({ ...input, account_id: account.id })))
  return new WorkflowResponse(run)
})
