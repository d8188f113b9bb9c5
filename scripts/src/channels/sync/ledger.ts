import { listingHashes, type ListingHashes } from "../mapping/content-hash"
import type { PreviousListing } from "../mapping/plan"
import type { Platform } from "../core/errors"

/** The platform's ids for one of our SKUs. */
export type ExternalRef = { itemId: string; modelId: string | null }

export type LedgerError = { retryable: boolean; field: string | null; message: string; requestId: string | null }

export type LedgerStatus = "pending" | "active" | "unlisted" | "error"

/**
 * One row of the listing ledger, as the backend stores it: a variant on one
 * channel account, with what was last pushed. A listing (one product) is the
 * rows that share a product id.
 */
export type LedgerRow = {
  productId: string
  variantId: string
  sku: string
  externalItemId: string | null
  externalModelId: string | null
  contentHash: string | null
  priceHash: string | null
  lastPushedPrice: number | null
  lastPushedStock: number | null
  claimsOcop: boolean
  status: LedgerStatus
  lastError: LedgerError | null
}

/** Rows grouped by product, with what the planner needs to tell "unchanged" from "changed". */
export class Ledger {
  private readonly byProduct = new Map<string, LedgerRow[]>()

  constructor(
    readonly platform: Platform,
    rows: LedgerRow[],
  ) {
    for (const row of rows) this.byProduct.set(row.productId, [...(this.byProduct.get(row.productId) ?? []), row])
  }

  rows(productId: string): LedgerRow[] {
    return this.byProduct.get(productId) ?? []
  }

  /** The platform's ids by SKU for a listing that was created before. */
  refs(productId: string): Map<string, ExternalRef> {
    const refs = new Map<string, ExternalRef>()
    for (const row of this.rows(productId)) {
      if (row.externalItemId) refs.set(row.sku, { itemId: row.externalItemId, modelId: row.externalModelId })
    }
    return refs
  }

  /** What the planner compares with: absent until every row of the listing has an external id and hashes. */
  previous(productId: string): PreviousListing | undefined {
    const rows = this.rows(productId)
    const first = rows[0]
    if (!first || rows.some((row) => !row.externalItemId || !row.contentHash || !row.priceHash || row.lastPushedStock === null)) return undefined
    // The stock hash is not stored: it is the hash of the stock last pushed per SKU.
    const stocks = Object.fromEntries(rows.map((row) => [row.sku, row.lastPushedStock ?? 0]))
    const hashes: ListingHashes = { content: first.contentHash ?? "", price: first.priceHash ?? "", stock: listingHashes(null, {}, stocks).stock }
    return { hashes, listed: rows.every((row) => row.status !== "unlisted") }
  }

  replace(productId: string, rows: LedgerRow[]): void {
    this.byProduct.set(productId, rows)
  }
}
