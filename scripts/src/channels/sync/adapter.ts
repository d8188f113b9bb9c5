import type { Platform } from "../core/errors"
import type { PlanEntry, PlanSku } from "../mapping/plan"
import type { ExternalRef } from "./ledger"

/** A SKU the platform refused inside an otherwise successful call (Shopee failure_list, Lazada detail). */
export type SkuFailure = { sku: string; message: string }

/** An order as a channel reports it, in our terms. */
export type ChannelOrder = {
  externalOrderId: string
  status: string
  createdAt: string
  buyerName: string | null
  lines: Array<{ sku: string; quantity: number; unitPriceVnd: number }>
}

/** Which time an orders window is on: when the order was placed, or when it last changed (paid, shipped…). */
export type OrderTimeField = "created" | "updated"

/**
 * What the sync needs from a platform, so one engine drives Shopee and
 * Lazada. Implementations wrap the real clients; every method may throw a
 * ChannelError after the client's own retries.
 */
export type ChannelAdapter = {
  platform: Platform
  /** Listings already on the platform, by our SKU: binds a listing created by a run that stopped before recording it. */
  findBySkus(skus: string[]): Promise<Map<string, ExternalRef>>
  create(entry: PlanEntry): Promise<Map<string, ExternalRef>>
  updateContent(entry: PlanEntry, refs: Map<string, ExternalRef>): Promise<void>
  updatePrices(skus: PlanSku[], refs: Map<string, ExternalRef>): Promise<SkuFailure[]>
  updateStocks(skus: PlanSku[], refs: Map<string, ExternalRef>): Promise<SkuFailure[]>
  unlist(entry: PlanEntry, refs: Map<string, ExternalRef>): Promise<void>
  /** Orders created (or, `by` "updated", last changed) in [from, to] (Unix seconds). */
  orders(from: number, to: number, by?: OrderTimeField): Promise<ChannelOrder[]>
  /** Platform stock by SKU, for reconciliation. */
  stocks(refs: Map<string, ExternalRef>): Promise<Map<string, number>>
}
