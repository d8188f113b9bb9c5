import type { Clock } from "../core/clock"
import type { Platform } from "../core/errors"
import { refusalLines, summarisePlan, type CategoryTable, type PlanEntry } from "../mapping"
import { dryRunCounts, planAccount, pushCounts, type AccountRules, type RunCounts } from "../sync/account-push"
import type { ChannelAdapter } from "../sync/adapter"
import type { BackendAccount, BackendApi } from "../sync/backend-api"
import type { ExternalRef, Ledger } from "../sync/ledger"
import { runPush, type PushSummary } from "../sync/push"
import type { Command } from "./args"

type SyncCommand = Extract<Command, { kind: "sync" }>

export type SyncDeps = {
  backend: BackendApi
  adapter: ChannelAdapter
  shopId: string
  clock: Clock
  /** The category table (default: scripts/data/channels/category-map.json). */
  categoryTable?: CategoryTable
  progress?(done: number, total: number): void
}

export type SyncReport = { lines: string[]; push?: PushSummary; imported?: { created: number; existing: number; failed: number } }

async function planFor(command: SyncCommand, deps: SyncDeps, account: BackendAccount): Promise<{ plan: PlanEntry[]; ledger: Ledger }> {
  const [products, rows] = await Promise.all([deps.backend.catalogue(account.id), deps.backend.listings(account.id)])
  // Stock comes from the backend already offered under the account's rules.
  return planAccount({
    platform: command.platform,
    products,
    rows,
    rules: accountRules(account),
    ...(deps.categoryTable ? { categoryTable: deps.categoryTable } : {}),
    allowSample: command.allowSample,
  })
}

function accountRules(account: BackendAccount): AccountRules {
  return { priceMultiplier: account.price_multiplier, priceOffset: account.price_offset, onInvalidCertificate: account.on_invalid_certificate }
}

function planLines(plan: PlanEntry[]): string[] {
  const summary = summarisePlan(plan)
  return [
    `Kế hoạch / plan: ${summary.create} tạo mới / create, ${summary.update} cập nhật / update, ${summary.unlist} gỡ / unlist, ${summary.skip - summary.refused} không đổi / unchanged, ${summary.refused} từ chối / refused`,
    ...plan.filter((entry) => entry.action !== "skip").map((entry) => `  ${entry.action.padEnd(7)} ${entry.sku}${entry.reason ? ` (${entry.reason})` : ""}`),
    ...refusalLines(plan).map((line) => `  từ chối / refused ${line}`),
  ]
}

function pushLines(summary: PushSummary): string[] {
  return [
    `Kết quả / result: ${summary.created} tạo mới / created, ${summary.updated} cập nhật / updated, ${summary.unlisted} gỡ / unlisted, ${summary.unchanged} không đổi / unchanged, ${summary.refused} từ chối / refused, ${summary.failed} lỗi / failed (${summary.writes} lệnh ghi / write calls)`,
    ...summary.results
      .filter((result) => result.outcome === "failed")
      .map((result) => `  lỗi / failed ${result.sku}: ${result.reason ?? ""}${result.requestId ? ` [request_id ${result.requestId}]` : ""}`),
  ]
}

/** Brings the platform's stock back to what it should be for listings the plan thinks are unchanged (sales made there, manual edits). */
async function reconcile(plan: PlanEntry[], ledger: Ledger, adapter: ChannelAdapter): Promise<{ checked: number; fixed: number; failed: number }> {
  const unchanged = plan.filter((entry) => entry.action === "skip" && !entry.problems.length && ledger.refs(entry.productId).size > 0)
  const allRefs = new Map<string, ExternalRef>()
  for (const entry of unchanged) for (const [sku, ref] of ledger.refs(entry.productId)) allRefs.set(sku, ref)
  const onPlatform = allRefs.size ? await adapter.stocks(allRefs) : new Map<string, number>()
  let fixed = 0
  let failed = 0
  for (const entry of unchanged) {
    const drifted = entry.skus.filter((sku) => onPlatform.has(sku.sku) && onPlatform.get(sku.sku) !== sku.stock)
    if (!drifted.length) continue
    const failures = await adapter.updateStocks(drifted, ledger.refs(entry.productId))
    fixed += drifted.length - failures.length
    failed += failures.length
  }
  return { checked: allRefs.size, fixed, failed }
}

/** `pnpm sync -- <platform> <action>`: one run against one shop, recorded in the backend. */
export async function runSyncCommand(command: SyncCommand, deps: SyncDeps): Promise<SyncReport> {
  const startedAt = new Date(deps.clock.nowMs()).toISOString()
  const account = await deps.backend.ensureAccount(command.platform, deps.shopId, `${label(command.platform)} ${deps.shopId}`)
  const report: SyncReport = { lines: [`${label(command.platform)} shop ${deps.shopId} → tài khoản / account ${account.id}`] }
  const record = (counts: RunCounts, summary: Record<string, unknown>) =>
    deps.backend.recordRun(account.id, {
      kind: command.action,
      started_at: startedAt,
      finished_at: new Date(deps.clock.nowMs()).toISOString(),
      created_count: counts.created,
      updated_count: counts.updated,
      unchanged_count: counts.unchanged,
      failed_count: counts.failed,
      summary,
    })

  if (command.action === "pull-orders") {
    const to = Math.floor(deps.clock.nowMs() / 1000)
    const orders = await deps.adapter.orders(to - command.days * 86_400, to)
    const imported = { created: 0, existing: 0, failed: 0 }
    for (const [index, order] of orders.entries()) {
      try {
        imported[await deps.backend.importOrder(account.id, order)] += 1
      } catch (error) {
        imported.failed += 1
        report.lines.push(`  lỗi / failed ${order.externalOrderId}: ${error instanceof Error ? error.message : String(error)}`)
      }
      deps.progress?.(index + 1, orders.length)
    }
    report.imported = imported
    report.lines.push(`Đơn hàng / orders: ${orders.length} đọc được / read, ${imported.created} nhập mới / imported, ${imported.existing} đã có / already imported, ${imported.failed} lỗi / failed`)
    await record({ created: imported.created, updated: 0, unchanged: imported.existing, failed: imported.failed }, { orders: orders.length })
    return report
  }

  const { plan, ledger } = await planFor(command, deps, account)
  if (command.action === "dry-run") {
    report.lines.push(...planLines(plan))
    const summary = summarisePlan(plan)
    await record(dryRunCounts(summary), { dry_run: true, ...summary })
    return report
  }
  if (command.action === "reconcile") {
    const result = await reconcile(plan, ledger, deps.adapter)
    report.lines.push(`Đối soát / reconcile: ${result.checked} SKU đã kiểm / checked, ${result.fixed} sửa tồn kho / stock fixed, ${result.failed} lỗi / failed`)
    await record({ created: 0, updated: result.fixed, unchanged: result.checked - result.fixed - result.failed, failed: result.failed }, result)
    return report
  }
  const push = await runPush(plan, ledger, deps.adapter, {
    save: (rows) => deps.backend.saveListings(account.id, rows),
    progress: (done, total) => deps.progress?.(done, total),
  })
  report.push = push
  report.lines.push(...pushLines(push))
  await record(pushCounts(push), { writes: push.writes, refused: push.refused, unlisted: push.unlisted })
  return report
}

function label(platform: Platform): string {
  return platform === "shopee" ? "Shopee" : "Lazada"
}
