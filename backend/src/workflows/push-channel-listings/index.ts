import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadChannelAccountStep } from "../steps/channel-account-steps"
import {
  acquireChannelPushLockStep,
  pushChannelListingsStep,
  releaseChannelPushLockStep,
  type PushChannelListingsInput,
} from "../steps/channel-push-steps"
import { recordSyncRunStep } from "../steps/channel-run-steps"

/**
 * Pushes one channel account from the backend (or plans it, `dry_run`):
 * the channel package's engine with the account's sealed tokens, one push
 * per account at a time, and a sync run recorded with its counts. Listings
 * and refreshed tokens are written as the push goes; the lock and the run
 * record are undone if a later step fails.
 */
export const pushChannelListingsWorkflow = createWorkflow("push-channel-listings", (input: PushChannelListingsInput) => {
  const account = loadChannelAccountStep(input.account_id)
  const lock = acquireChannelPushLockStep(transform({ account }, ({ account }) => account.id))
  const outcome = pushChannelListingsStep(transform({ input, account }, ({ input, account }) => ({ ...input, account_id: account.id })))
  const runInput = transform({ outcome, input }, ({ outcome, input }) => ({
    account_id: outcome.account_id,
    kind: outcome.kind,
    status: outcome.status,
    requested_by: input.requested_by ?? null,
    started_at: outcome.started_at,
    finished_at: outcome.finished_at,
    created_count: outcome.counts.created,
    updated_count: outcome.counts.updated,
    unchanged_count: outcome.counts.unchanged,
    failed_count: outcome.counts.failed,
    summary: outcome.summary,
  }))
  // A push of flagged rows with nothing left to plan (their products were unpublished) leaves no run behind.
  const run = when({ outcome }, ({ outcome }) => outcome.status === "failed" || outcome.planned > 0 || outcome.summary.scope === "all").then(
    () => recordSyncRunStep(runInput)
  )
  releaseChannelPushLockStep(lock)
  return new WorkflowResponse({ run, outcome })
})
