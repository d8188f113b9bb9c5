import type { Platform } from "../core/errors"
import type { ChannelProduct } from "../core/source"
import { buildPlan, loadCategoryTable, loadPlatformLimits, summarisePlan, type CategoryTable, type PlanEntry, type PlanSummary, type PlatformLimits } from "../mapping"
import type { ChannelAdapter } from "./adapter"
import { Ledger, type LedgerRow } from "./ledger"
import { runPush, type PushSummary } from "./push"

/** The parts of a channel account that shape a listing (stock rules are already applied to the products). */
export type AccountRules = {
  priceMultiplier: number
  priceOffset: number
  onInvalidCertificate: "strip-claim" | "unlist"
}

export type AccountPlanInput = {
  platform: Platform
  /** The catalogue, each variant's stock already offered under the account's stock rules. */
  products: ChannelProduct[]
  /** The account's ledger rows. */
  rows: LedgerRow[]
  rules: AccountRules
  /** Default: scripts/data/channels/category-map.json. */
  categoryTable?: CategoryTable
  limits?: PlatformLimits
  allowSample?: boolean
}

/** Counts a run is recorded with in the backend (channel_sync_run). */
export type RunCounts = { created: number; updated: number; unchanged: number; failed: number }

export type AccountPushReport =
  | { dryRun: true; plan: PlanEntry[]; summary: PlanSummary; counts: RunCounts }
  | { dryRun: false; plan: PlanEntry[]; push: PushSummary; counts: RunCounts }

/** The plan for one account on one platform, compared with what its ledger says was last pushed. */
export function planAccount(input: AccountPlanInput): { plan: PlanEntry[]; ledger: Ledger } {
  const ledger = new Ledger(input.platform, input.rows)
  const plan = buildPlan(input.products, {
    table: input.categoryTable ?? loadCategoryTable(),
    limits: input.limits ?? loadPlatformLimits(),
    platforms: [input.platform],
    priceRules: { [input.platform]: { multiplier: input.rules.priceMultiplier, offset: input.rules.priceOffset } },
    claimPolicy: { onInvalidCertificate: input.rules.onInvalidCertificate },
    allowSample: input.allowSample ?? false,
    previous: (_platform, productId) => ledger.previous(productId),
  })
  return { plan, ledger }
}

/** A dry run's counts: what would be created, updated, left alone, and refused. */
export function dryRunCounts(summary: PlanSummary): RunCounts {
  return { created: summary.create, updated: summary.update, unchanged: summary.skip - summary.refused, failed: summary.refused }
}

/** A push's counts: unlisting is an update on the platform, a refusal a failure to list. */
export function pushCounts(push: PushSummary): RunCounts {
  return { created: push.created, updated: push.updated + push.unlisted, unchanged: push.unchanged, failed: push.failed + push.refused }
}

/**
 * Plans and (unless `dryRun`) pushes one account: the engine the CLI and the
 * backend share. The ledger is read from `rows` and written through `save`
 * as each listing is done, so the caller decides where it lives (the admin
 * API for the CLI, the database in-process for the backend).
 */
export async function pushAccount(
  input: AccountPlanInput & {
    adapter: ChannelAdapter
    dryRun: boolean
    save(rows: LedgerRow[]): Promise<void>
    progress?(done: number, total: number): void
  },
): Promise<AccountPushReport> {
  const { plan, ledger } = planAccount(input)
  if (input.dryRun) {
    const summary = summarisePlan(plan)
    return { dryRun: true, plan, summary, counts: dryRunCounts(summary) }
  }
  const push = await runPush(plan, ledger, input.adapter, {
    save: input.save,
    ...(input.progress ? { progress: (done: number, total: number) => input.progress?.(done, total) } : {}),
  })
  return { dryRun: false, plan, push, counts: pushCounts(push) }
}
