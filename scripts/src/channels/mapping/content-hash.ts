import { createHash } from "node:crypto"

/**
 * Stable hashes of what a listing says, so a sync can skip listings that did
 * not change (events fire twice, reconciliation re-reads everything). Content,
 * price and stock are hashed apart: a price change needs update_price only.
 */
export type ListingHashes = { content: string; price: string; stock: string }

/** JSON with object keys sorted at every level; undefined members dropped as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) throw new TypeError(`Cannot hash a non-finite number (${value})`)
    return JSON.stringify(value) ?? "null"
  }
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`
  const entries = Object.entries(value)
    .filter(([, member]) => member !== undefined && typeof member !== "function")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(",")}}`
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex")
}

export function contentHash(value: unknown): string {
  return sha256Hex(canonicalJson(value))
}

/** Per-SKU numbers hashed in SKU order, so the order variants arrive in does not matter. */
function perSkuHash(values: Record<string, number>): string {
  return contentHash(Object.keys(values).sort().map((sku) => [sku, values[sku]]))
}

export function listingHashes(content: unknown, prices: Record<string, number>, stocks: Record<string, number>): ListingHashes {
  return { content: contentHash(content), price: perSkuHash(prices), stock: perSkuHash(stocks) }
}
