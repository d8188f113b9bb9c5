import type { Platform } from "../core/errors"
import type { ChannelProduct } from "../core/source"
import type { CategoryTable } from "../mapping/category-table"
import type { ClaimPolicy } from "../mapping/certificate-policy"
import type { PlatformLimits } from "../mapping/limits"
import { buildPlan, type PlanEntry } from "../mapping/plan"
import type { PriceRule } from "../mapping/price"
import type { StockRule } from "../mapping/stock"
import type { SkippedRow } from "./summary"

/**
 * The marketplace sheets are the API listings written to a file instead of
 * sent: same mapping, same checks, so a sheet never holds a row the API path
 * would have refused.
 */
export type ListingExportOptions = {
  table: CategoryTable
  limits: PlatformLimits
  priceRule?: Partial<PriceRule>
  stockRule?: StockRule
  claimPolicy?: Partial<ClaimPolicy>
  allowSample?: boolean
}

export function exportPlan(products: ChannelProduct[], platform: Platform, options: ListingExportOptions): { entries: PlanEntry[]; skipped: SkippedRow[]; notes: string[] } {
  const plan = buildPlan(products, {
    table: options.table,
    limits: options.limits,
    platforms: [platform],
    ...(options.priceRule ? { priceRules: { [platform]: options.priceRule } } : {}),
    ...(options.stockRule ? { stockRules: { [platform]: options.stockRule } } : {}),
    ...(options.claimPolicy ? { claimPolicy: options.claimPolicy } : {}),
    allowSample: options.allowSample ?? false,
  })
  const byId = new Map(products.map((product) => [product.productId, product]))
  const entries: PlanEntry[] = []
  const skipped: SkippedRow[] = []
  const notes = new Set<string>()
  for (const entry of plan) {
    for (const warning of entry.warnings) if (warning.field === "category") notes.add(warning.message)
    if (entry.action === "create" && entry.payload) {
      entries.push(entry)
      continue
    }
    const reason = entry.problems.length > 0 ? entry.problems.map((p) => `${p.field}: ${p.message}`).join("; ") : (entry.reason ?? entry.action)
    const skus = byId.get(entry.productId)?.variants.map((variant) => variant.sku).filter((sku) => sku !== "") ?? []
    for (const sku of skus.length > 0 ? skus : [entry.sku]) skipped.push({ sku, reason })
  }
  return { entries, skipped, notes: [...notes] }
}
