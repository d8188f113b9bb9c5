import type { LedgerRow, LedgerStatus } from "./ledger"

/** A ledger row as the backend's admin API and its workflows speak it (snake_case). */
export type LedgerRowRecord = {
  product_id: string
  variant_id: string
  sku: string | null
  external_item_id: string | null
  external_model_id: string | null
  content_hash: string | null
  price_hash: string | null
  last_pushed_price: number | null
  last_pushed_stock: number | null
  claims_ocop: boolean
  status: LedgerStatus
  last_error: { retryable: boolean; field: string | null; message: string; request_id: string | null } | null
}

/** What a run reports for one row: the listing-batch body, also what the backend's upsert workflow takes. */
export type LedgerReport = Omit<LedgerRowRecord, "product_id"> & { needs_push?: false; last_pushed_at?: string }

/** The longest error message the backend keeps. */
const MAX_ERROR_MESSAGE = 2000

export function ledgerRowFromRecord(row: LedgerRowRecord): LedgerRow {
  return {
    productId: row.product_id,
    variantId: row.variant_id,
    sku: row.sku ?? "",
    externalItemId: row.external_item_id,
    externalModelId: row.external_model_id,
    contentHash: row.content_hash,
    priceHash: row.price_hash,
    lastPushedPrice: row.last_pushed_price,
    lastPushedStock: row.last_pushed_stock,
    claimsOcop: row.claims_ocop,
    status: row.status,
    lastError: row.last_error
      ? { retryable: row.last_error.retryable, field: row.last_error.field, message: row.last_error.message, requestId: row.last_error.request_id }
      : null,
  }
}

/**
 * A row after a push, as reported to the backend. A row the platform now
 * shows as we meant it (active or unlisted) no longer needs a push and is
 * stamped with the time; a refused or failed one keeps its reasons.
 */
export function ledgerReport(row: LedgerRow, now: Date): LedgerReport {
  const error = row.lastError
  return {
    variant_id: row.variantId,
    sku: row.sku || null,
    external_item_id: row.externalItemId,
    external_model_id: row.externalModelId,
    content_hash: row.contentHash,
    price_hash: row.priceHash,
    last_pushed_price: row.lastPushedPrice,
    last_pushed_stock: row.lastPushedStock,
    claims_ocop: row.claimsOcop,
    status: row.status,
    last_error: error ? { retryable: error.retryable, field: error.field, message: error.message.slice(0, MAX_ERROR_MESSAGE), request_id: error.requestId } : null,
    ...(row.status === "active" || row.status === "unlisted" ? { needs_push: false as const, last_pushed_at: now.toISOString() } : {}),
  }
}
