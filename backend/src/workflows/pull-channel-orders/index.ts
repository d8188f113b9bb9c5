import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadChannelAccountStep } from "../steps/channel-account-steps"
import {
  acquireChannelPullLockStep,
  pullChannelOrdersStep,
  pushAfterPullStep,
  releaseChannelPullLockStep,
  type PullChannelOrdersInput,
} from "../steps/channel-pull-steps"
import { recordSyncRunStep } from "../steps/channel-run-steps"

/**
 * Pulls one channel account's orders from the backend: the orders changed
 * on the platform since the last pull (the channel package's client, with
 * the account's sealed tokens), each imported once by `import-channel-order`
 * into the platform's sales channel with its stock reserved. One pull per
 * account at a time. A run (`pull-orders`, holding the cursor) is recorded
 * when orders were read, the pull failed or an admin asked for it, so the
 * five-minute job does not fill the run list. When orders were imported,
 * every account with listings waiting is pushed, so the units sold here
 * leave the other channels.
 */
export const pullChannelOrdersWorkflow = createWorkflow("pull-channel-orders", (input: PullChannelOrdersInput) => {
  const account = loadChannelAccountStep(input.account_id)
  const lock = acquireChannelPullLockStep(transform({ account }, ({ account }) => account.id))
  const outcome = pullChannelOrdersStep(transform({ input, account }, ({ input, account }) => ({ ...input, account_id: account.id })))
  const runInput = transform({ outcome, input }, ({ outcome, input }) => ({
    account_id: outcome.account_id,
    kind: "pull-orders" as const,
    status: outcome.status,
    requested_by: input.requested_by ?? null,
    started_at: outcome.started_at,
    finished_at: outcome.finished_at,
    created_count: outcome.created,
    updated_count: 0,
    unchanged_count: outcome.existing,
    failed_count: outcome.failed,
    summary: { ...outcome.summary, orders: outcome.read },
  }))
  const run = when("record-channel-pull-run", { outcome, input }, ({ outcome, input }) => outcome.status === "failed" || outcome.read > 0 || !!input.requested_by).then(() =>
    recordSyncRunStep(runInput)
  )
  releaseChannelPullLockStep(lock)
  when("if-channel-orders-imported", { outcome }, ({ outcome }) => outcome.created > 0).then(() =>
    pushAfterPullStep(transform({ outcome }, ({ outcome }) => ({ account_id: outcome.account_id, imported: outcome.created })))
  )
  return new WorkflowResponse({ run, outcome })
})
