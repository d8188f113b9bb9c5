import { ChannelError } from "../core/errors"
import type { PlanEntry } from "../mapping/plan"
import type { ChannelAdapter, SkuFailure } from "./adapter"
import type { ExternalRef, Ledger, LedgerError, LedgerRow, LedgerStatus } from "./ledger"

export type PushOutcome = "created" | "updated" | "unlisted" | "unchanged" | "refused" | "failed"

export type PushResult = { productId: string; sku: string; outcome: PushOutcome; reason: string | null; requestId: string | null }

export type PushSummary = {
  created: number
  updated: number
  unlisted: number
  unchanged: number
  refused: number
  failed: number
  /** Write calls the run made (creates, updates, price, stock, unlist). */
  writes: number
  results: PushResult[]
}

export type PushHooks = {
  /** Persist a listing's rows as soon as its calls are done, so a run that stops resumes without duplicates. */
  save(rows: LedgerRow[]): Promise<void>
  progress?(done: number, total: number, result: PushResult): void
  /**
   * Listings worked on at once (default 4). The client's per-shop limiter
   * still paces the calls; this only keeps waits (Lazada's image migration
   * poll, network round trips) from adding up one listing after another.
   */
  concurrency?: number
}

/** Per-SKU reasons some platform errors carry (Lazada's `detail` array). */
function detailText(error: ChannelError): string {
  const details = (error as ChannelError & { details?: Array<{ sellerSku?: string | null; field?: string | null; message: string }> }).details
  if (!Array.isArray(details) || !details.length) return ""
  return `: ${details.map((d) => `${d.sellerSku ?? ""}${d.field ? ` ${d.field}` : ""} ${d.message}`.trim()).join("; ")}`
}

function ledgerError(error: unknown): LedgerError {
  if (error instanceof ChannelError) return { retryable: error.retryable, field: error.field, message: `${error.message}${detailText(error)}`, requestId: error.requestId }
  return { retryable: false, field: null, message: error instanceof Error ? error.message : String(error), requestId: null }
}

function rowsFor(entry: PlanEntry, refs: Map<string, ExternalRef>, status: LedgerStatus, previous: LedgerRow[], error: LedgerError | null, pushed: boolean): LedgerRow[] {
  return entry.skus.map((sku) => {
    const before = previous.find((row) => row.variantId === sku.variantId)
    const ref = refs.get(sku.sku) ?? null
    return {
      productId: entry.productId,
      variantId: sku.variantId,
      sku: sku.sku,
      externalItemId: ref?.itemId ?? before?.externalItemId ?? null,
      externalModelId: ref?.modelId ?? before?.externalModelId ?? null,
      // Hashes move only when the calls went through: a failed listing is planned again next run.
      contentHash: pushed ? (entry.hashes?.content ?? null) : (before?.contentHash ?? null),
      priceHash: pushed ? (entry.hashes?.price ?? null) : (before?.priceHash ?? null),
      lastPushedPrice: pushed ? sku.priceVnd : (before?.lastPushedPrice ?? null),
      lastPushedStock: pushed ? sku.stock : (before?.lastPushedStock ?? null),
      claimsOcop: entry.claim === "shown",
      status,
      lastError: error,
    }
  })
}

function failureError(platform: ChannelAdapter["platform"], failures: SkuFailure[]): ChannelError | null {
  if (!failures.length) return null
  return new ChannelError({
    platform,
    code: "sku_failures",
    message: failures.map((failure) => `${failure.sku}: ${failure.message}`).join("; "),
    retryable: false,
  })
}

/**
 * Carries out a plan on one platform: creates what was never pushed (binding
 * listings found on the platform by SKU first), updates only the parts whose
 * hash changed, withdraws listings whose certificate no longer allows them,
 * and records each listing in the ledger as soon as it is done.
 */
export async function runPush(plan: PlanEntry[], ledger: Ledger, adapter: ChannelAdapter, hooks: PushHooks): Promise<PushSummary> {
  const summary: PushSummary = { created: 0, updated: 0, unlisted: 0, unchanged: 0, refused: 0, failed: 0, writes: 0, results: [] }
  const entries = plan.filter((entry) => entry.platform === adapter.platform)
  // Listings the ledger does not know but the platform has (a run that stopped between the create and the save).
  const unknownSkus = entries.filter((entry) => entry.action === "create").flatMap((entry) => entry.skus.map((sku) => sku.sku))
  const found = unknownSkus.length ? await adapter.findBySkus(unknownSkus) : new Map<string, ExternalRef>()

  let done = 0
  const results: PushResult[] = new Array(entries.length)
  const pushOne = async (entry: PlanEntry, index: number): Promise<void> => {
    const previous = ledger.rows(entry.productId)
    let refs = ledger.refs(entry.productId)
    let outcome: PushOutcome
    let reason = entry.reason
    let requestId: string | null = null
    try {
      if (entry.action === "skip" && entry.problems.length) {
        // Refused before any call: the ledger says why, so the admin page shows it.
        const refusal: LedgerError = { retryable: false, field: entry.problems[0]?.field ?? null, message: entry.problems.map((p) => `${p.field}: ${p.message}`).join("; "), requestId: null }
        if (entry.skus.length) await hooks.save(rowsFor(entry, refs, "error", previous, refusal, false))
        outcome = "refused"
      } else if (entry.action === "skip") {
        outcome = "unchanged"
      } else if (entry.action === "unlist") {
        await adapter.unlist(entry, refs)
        summary.writes += 1
        await hooks.save(rowsFor(entry, refs, "unlisted", previous, null, true))
        outcome = "unlisted"
      } else if (entry.action === "create") {
        const bound = new Map(entry.skus.flatMap((sku) => (found.has(sku.sku) ? [[sku.sku, found.get(sku.sku) as ExternalRef] as const] : [])))
        if (bound.size === entry.skus.length) {
          // Already on the platform: bring it in line instead of creating it twice.
          refs = bound
          await adapter.updateContent(entry, refs)
          const failures = [...(await adapter.updatePrices(entry.skus, refs)), ...(await adapter.updateStocks(entry.skus, refs))]
          summary.writes += 3
          const error = failureError(adapter.platform, failures)
          if (error) throw error
          outcome = "updated"
          reason = "gắn với tin đăng có sẵn / bound to the existing listing by SKU"
        } else {
          refs = await adapter.create(entry)
          summary.writes += 1
          outcome = "created"
        }
        await hooks.save(rowsFor(entry, refs, "active", previous, null, true))
      } else {
        const changed = entry.changed ?? { content: true, price: true, stock: true }
        const failures: SkuFailure[] = []
        if (changed.content) {
          await adapter.updateContent(entry, refs)
          summary.writes += 1
        }
        if (changed.price) {
          failures.push(...(await adapter.updatePrices(entry.skus, refs)))
          summary.writes += 1
        }
        if (changed.stock) {
          failures.push(...(await adapter.updateStocks(entry.skus, refs)))
          summary.writes += 1
        }
        const error = failureError(adapter.platform, failures)
        if (error) throw error
        await hooks.save(rowsFor(entry, refs, "active", previous, null, true))
        outcome = "updated"
      }
    } catch (error) {
      const recorded = ledgerError(error)
      await hooks.save(rowsFor(entry, refs, "error", previous, recorded, false))
      outcome = "failed"
      reason = recorded.message
      requestId = recorded.requestId
    }
    summary[outcome] += 1
    const result: PushResult = { productId: entry.productId, sku: entry.sku, outcome, reason, requestId }
    results[index] = result
    done += 1
    hooks.progress?.(done, entries.length, result)
  }
  let next = 0
  const worker = async () => {
    while (next < entries.length) {
      const index = next++
      await pushOne(entries[index] as PlanEntry, index)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(hooks.concurrency ?? 4, entries.length)) }, worker))
  summary.results.push(...results)
  return summary
}
