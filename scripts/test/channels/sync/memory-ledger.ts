import type { PlanEntry } from "../../../src/channels/mapping/plan"
import { buildPlan, loadPlatformLimits, parseCategoryTable } from "../../../src/channels/mapping"
import type { ChannelProduct } from "../../../src/channels/core/source"
import { Ledger, type LedgerRow } from "../../../src/channels/sync/ledger"
import type { Platform } from "../../../src/channels/core/errors"
import fs from "node:fs"

export const CONTRACT_CATEGORIES = parseCategoryTable(JSON.parse(fs.readFileSync(new URL("./contract-categories.json", import.meta.url), "utf8")), "contract-categories.json")

/** The ledger as the backend keeps it (one row per variant), in memory for client-level tests. */
export class MemoryLedger {
  readonly rows = new Map<string, LedgerRow>()
  saves = 0

  async save(rows: LedgerRow[]): Promise<void> {
    this.saves += 1
    for (const row of rows) this.rows.set(row.variantId, row)
  }

  ledger(platform: Platform): Ledger {
    return new Ledger(platform, [...this.rows.values()])
  }

  plan(platform: Platform, products: ChannelProduct[], claimPolicy: { onInvalidCertificate: "strip-claim" | "unlist" } = { onInvalidCertificate: "strip-claim" }): { plan: PlanEntry[]; ledger: Ledger } {
    const ledger = this.ledger(platform)
    const plan = buildPlan(products, {
      table: CONTRACT_CATEGORIES,
      limits: loadPlatformLimits(),
      platforms: [platform],
      claimPolicy,
      previous: (_platform, productId) => ledger.previous(productId),
    })
    return { plan, ledger }
  }
}
