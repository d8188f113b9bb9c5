import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ledgerReport, loadCategoryTable, pushAccount, type AccountPushReport, type LedgerRow, type RunCounts } from "@ocop/scripts/channels"
import { loadChannelProducts, loadLedgerRows } from "../../lib/channels/push-source"
import { upsertChannelListingsWorkflow } from "../upsert-channel-listings"
import { accountLockSteps } from "./account-lock-steps"
import { openChannelAccount } from "./open-channel-account"
import { accountStockRules } from "./channel-stock-steps"

/** all: the whole catalogue, as the CLI's push (creates new listings too); flagged: only products with a listing that needs a push. */
export type PushScope = "all" | "flagged"

export type PushChannelListingsInput = { account_id: string; dry_run?: boolean; scope?: PushScope; requested_by?: string | null }

/** What a push did, small enough to keep in the workflow's record; the run row is written from it. */
export type ChannelPushOutcome = {
  account_id: string
  kind: "dry-run" | "push"
  status: "succeeded" | "failed"
  started_at: string
  finished_at: string
  counts: RunCounts
  /** Listings planned; 0 for a flagged push whose products are gone or unpublished. */
  planned: number
  summary: Record<string, unknown>
}

/** Failures listed in a run's summary; the ledger keeps every one. */
const MAX_LISTED_FAILURES = 20

/** A second push is refused with 409; its flagged rows wait for the next push. */
export const { acquire: acquireChannelPushLockStep, release: releaseChannelPushLockStep } = accountLockSteps({
  activity: "push",
  ttlSeconds: 15 * 60,
  busyMessage: "Một lần đồng bộ khác của gian hàng này đang chạy; thử lại sau ít phút / another push of this account is running",
})

function reportSummary(report: AccountPushReport, scope: PushScope, tokensRefreshed: boolean): Record<string, unknown> {
  const common = { scope, tokens_refreshed: tokensRefreshed }
  if (report.dryRun) return { ...common, dry_run: true, ...report.summary }
  const failures = report.push.results
    .filter((result) => result.outcome === "failed" || result.outcome === "refused")
    .slice(0, MAX_LISTED_FAILURES)
    .map((result) => ({ sku: result.sku, outcome: result.outcome, reason: result.reason, request_id: result.requestId }))
  return { ...common, writes: report.push.writes, refused: report.push.refused, unlisted: report.push.unlisted, failures }
}

/**
 * Pushes one account from the backend with the channel package's engine
 * (the CLI's): opens the account's tokens, plans the catalogue (or only the
 * flagged products) against the ledger, and unless it is a dry run calls the
 * platform. Each listing's result is written to the ledger as soon as it is
 * done, and a refreshed token pair is sealed on the account before it is
 * used, each by its own workflow.
 *
 * No compensation: calls made on a platform cannot be taken back, and the
 * ledger rows and tokens written on the way describe what the platform now
 * holds (a spent Shopee refresh token cannot be restored). A failure of the
 * platform is reported as a failed run rather than thrown, so it is recorded.
 */
export const pushChannelListingsStep = createStep(
  "push-channel-listings",
  async (input: PushChannelListingsInput, { container }) => {
    const { service, account, settings, platform, tokenStore, adapter } = await openChannelAccount(container, input.account_id)
    const scope = input.scope ?? "all"
    const dryRun = input.dry_run ?? false
    const startedAt = new Date().toISOString()
    const save = async (rows: LedgerRow[]) => {
      const now = new Date()
      await upsertChannelListingsWorkflow(container).run({
        input: { account_id: account.id, listings: rows.map((row) => ledgerReport(row, now)) },
      })
    }

    const outcome = (status: ChannelPushOutcome["status"], counts: RunCounts, planned: number, summary: Record<string, unknown>): ChannelPushOutcome => ({
      account_id: account.id,
      kind: dryRun ? "dry-run" : "push",
      status,
      started_at: startedAt,
      finished_at: new Date().toISOString(),
      counts,
      planned,
      summary,
    })
    try {
      const flagged =
        scope === "flagged"
          ? await service.listChannelListings({ account_id: account.id, needs_push: true }, { select: ["product_id"], take: null })
          : null
      const [rows, products] = await Promise.all([
        loadLedgerRows(container, account.id),
        loadChannelProducts(container, {
          rules: accountStockRules(account),
          origin: settings.public_url,
          ...(flagged ? { productIds: [...new Set(flagged.map((listing) => listing.product_id))] } : {}),
        }),
      ])
      const report = await pushAccount({
        platform: platform,
        products,
        rows,
        rules: {
          priceMultiplier: Number(account.price_multiplier),
          priceOffset: account.price_offset,
          onInvalidCertificate: account.on_invalid_certificate === "unlist" ? "unlist" : "strip-claim",
        },
        ...(settings.category_map ? { categoryTable: loadCategoryTable(settings.category_map) } : {}),
        adapter: adapter(),
        dryRun,
        save,
      })
      return new StepResponse(outcome("succeeded", report.counts, report.plan.length, reportSummary(report, scope, tokenStore.refreshed())))
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      return new StepResponse(
        outcome("failed", { created: 0, updated: 0, unchanged: 0, failed: 0 }, 0, { scope, tokens_refreshed: tokenStore.refreshed(), error: message.slice(0, 2000) })
      )
    }
  }
)
