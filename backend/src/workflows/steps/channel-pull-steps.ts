import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PlatformOrder } from "@ocop/scripts/channels"
import { pushFlaggedAccounts } from "../../lib/channels/push-flagged-accounts"
import { pullWindow, type PullWindow } from "../../modules/channels/domain/pull-window"
import { importChannelOrderWorkflow } from "../import-channel-order"
import { accountLockSteps } from "./account-lock-steps"
import { openChannelAccount } from "./open-channel-account"
import { channelsService } from "./resolve-channels"

export type PullChannelOrdersInput = { account_id: string; requested_by?: string | null }

/** What a pull did, small enough to keep in the workflow's record; the run row is written from it. */
export type ChannelPullOutcome = {
  account_id: string
  status: "succeeded" | "failed"
  started_at: string
  finished_at: string
  /** Orders the platform reported in the window (cancelled and unpaid card orders are left out by the client). */
  read: number
  created: number
  /** Imported before: the idempotent import returned the same order. */
  existing: number
  /** Refused (unknown SKU, short stock: recorded on the channel order) or failed to import. */
  failed: number
  summary: Record<string, unknown>
}

/** Failures listed in a run's summary; the channel orders keep every refusal. */
const MAX_LISTED_FAILURES = 20
/** Recent pull runs searched for the last cursor (CLI pulls are runs of the same kind without one). */
const CURSOR_LOOKBACK_RUNS = 20

/**
 * Its own lock, not the push's: a pull triggers a push when it is done, and
 * a push never waits for a pull. A second pull is refused with 409.
 */
export const { acquire: acquireChannelPullLockStep, release: releaseChannelPullLockStep } = accountLockSteps({
  activity: "pull",
  ttlSeconds: 10 * 60,
  busyMessage: "Một lần lấy đơn khác của gian hàng này đang chạy; thử lại sau ít phút / another order pull of this account is running",
})

/** The cursor of the account's last successful backend pull (Unix seconds), or null before the first. */
async function lastCursor(container: MedusaContainer, accountId: string): Promise<number | null> {
  const runs = await channelsService(container).listChannelSyncRuns(
    { account_id: accountId, kind: "pull-orders", status: "succeeded" },
    { select: ["summary"], take: CURSOR_LOOKBACK_RUNS, order: { created_at: "DESC", id: "DESC" } }
  )
  for (const run of runs) {
    const cursor = run.summary?.cursor
    if (typeof cursor === "number" && Number.isFinite(cursor)) return cursor
  }
  return null
}

const importInput = (accountId: string, order: PlatformOrder) => ({
  account_id: accountId,
  external_order_id: order.externalOrderId,
  lines: order.lines.map((line) => ({ sku: line.sku, quantity: line.quantity, unit_price_vnd: line.unitPriceVnd })),
  ...(order.buyerName ? { buyer: { name: order.buyerName } } : {}),
  placed_at: order.createdAt,
})

/**
 * Reads the account's orders changed since its last pull (with an overlap,
 * see `pullWindow`) through the channel package's client, the CLI's, and
 * imports each with the `import-channel-order` workflow, idempotent by
 * external order id. A refreshed token pair is sealed on the account before
 * the client uses it. The cursor moves only when every order was handled,
 * so an order that failed is read again by the next pull.
 *
 * No compensation: the imports are workflows of their own (each undone on
 * its own failure), and a spent Shopee refresh token cannot be restored. A
 * platform that cannot be reached is reported as a failed run, not thrown.
 */
export const pullChannelOrdersStep = createStep(
  "pull-channel-orders",
  async (input: PullChannelOrdersInput, { container }) => {
    const { account, tokenStore, adapter } = await openChannelAccount(container, input.account_id)
    const startedAt = new Date()
    const window: PullWindow = pullWindow(await lastCursor(container, account.id), Math.floor(startedAt.getTime() / 1000))
    const base = { window_from: window.from, window_to: window.to }
    const outcome = (status: ChannelPullOutcome["status"], counts: Pick<ChannelPullOutcome, "read" | "created" | "existing" | "failed">, summary: Record<string, unknown>): ChannelPullOutcome => ({
      account_id: account.id,
      status,
      started_at: startedAt.toISOString(),
      finished_at: new Date().toISOString(),
      ...counts,
      summary: { ...base, ...summary, tokens_refreshed: tokenStore.refreshed() },
    })

    let orders: PlatformOrder[]
    try {
      orders = await adapter().orders(window.from, window.to, "updated")
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      return new StepResponse(outcome("failed", { read: 0, created: 0, existing: 0, failed: 0 }, { error: message.slice(0, 2000) }))
    }

    const counts = { read: orders.length, created: 0, existing: 0, failed: 0 }
    const failures: { external_order_id: string; reason: string }[] = []
    let retry = false
    for (const order of orders) {
      try {
        const { result } = await importChannelOrderWorkflow(container).run({ input: importInput(account.id, order) })
        if (result.outcome === "created") counts.created += 1
        else if (result.outcome === "existing") counts.existing += 1
        else {
          counts.failed += 1
          failures.push({ external_order_id: order.externalOrderId, reason: result.rejection?.message ?? "rejected" })
        }
      } catch (error) {
        retry = true
        counts.failed += 1
        failures.push({ external_order_id: order.externalOrderId, reason: (error instanceof Error ? error.message : String(error)).slice(0, 500) })
      }
    }
    // A refused order is recorded on its channel order; one whose import threw is read again: the cursor stays.
    return new StepResponse(
      outcome("succeeded", counts, {
        cursor: retry ? window.retryCursor : window.to,
        failures: failures.slice(0, MAX_LISTED_FAILURES),
      })
    )
  }
)

/**
 * After a pull imported orders: pushes every account with listings waiting
 * (the import flagged the sold variants on every channel), with the same
 * coalescing and locks as a push after a store order. Never fails: a push
 * that fails is recorded as its own run. Nothing to undo.
 */
export const pushAfterPullStep = createStep("push-after-channel-pull", async (input: { account_id: string; imported: number }, { container }) => {
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`[channels] ${input.account_id}: ${input.imported} order(s) pulled; pushing the stock that is left`)
  await pushFlaggedAccounts(container)
  return new StepResponse(undefined)
})
