import type { LazadaErrorDetail } from "./errors"
import type { LazadaPriceQuantitySku } from "./product-types"
import type { LazadaPriceQuantityResult } from "./response-types"

/**
 * Which SKUs of one price_quantity batch were applied, from the `detail`
 * entries Lazada returned (none on full success). A refusal that names no
 * SKU cannot be placed, so the whole batch is then counted as refused.
 */
export function settleBatch(batch: readonly LazadaPriceQuantitySku[], details: readonly LazadaErrorDetail[], into: LazadaPriceQuantityResult): void {
  const named = details.every((detail) => detail.sellerSku !== null)
  const refused = named ? new Set(details.map((detail) => detail.sellerSku)) : new Set(batch.map(skuLabel))
  for (const sku of batch) if (!refused.has(skuLabel(sku))) into.updated.push(skuLabel(sku))
  if (named) {
    into.failures.push(...details)
    return
  }
  const message = details.map((detail) => detail.message).join("; ")
  for (const sku of batch) into.failures.push({ sellerSku: skuLabel(sku), field: details[0]?.field ?? null, message })
}

export function priceQuantityPayload(batch: readonly LazadaPriceQuantitySku[]): string {
  return JSON.stringify({ Request: { Product: { Skus: { Sku: batch } } } })
}

export function skuLabel(sku: LazadaPriceQuantitySku): string {
  return sku.SellerSku ?? String(sku.SkuId)
}

