/**
 * How much of the master stock a channel account is offered. Pure, so the
 * ledger, the catalogue and the tests agree on one definition.
 */
export type StockRules = {
  /** Units kept back from this channel (buffer), ≥ 0. */
  reserve: number
  /** Below this many available units the channel is offered 0, ≥ 0. */
  zero_below: number
  /** Share of what is left after the reserve, 1–100. */
  percent: number
}

export const DEFAULT_STOCK_RULES: StockRules = { reserve: 0, zero_below: 0, percent: 100 }

/**
 * offered = floor((available − reserve) × percent / 100); 0 when available is
 * below zero_below; never negative. Integer arithmetic, so 7 × 33 % is 2.
 */
export function offeredStock(available: number, rules: StockRules): number {
  const units = Math.max(0, Math.floor(available))
  if (units < rules.zero_below) return 0
  const left = units - rules.reserve
  if (left <= 0) return 0
  return Math.floor((left * rules.percent) / 100)
}

/** One inventory item of a variant with what is free at the locations that count. */
export type ItemAvailability = { required_quantity: number; available: number }

/**
 * Sellable units of a variant: for a kit, the scarcest component decides.
 * A variant without managed inventory or without items offers nothing: a
 * channel must never be promised stock nobody counts.
 */
export function variantAvailable(variant: { manage_inventory: boolean; items: ItemAvailability[] }): number {
  if (!variant.manage_inventory || !variant.items.length) return 0
  return Math.max(
    0,
    Math.min(...variant.items.map((item) => Math.floor(Math.max(0, item.available) / Math.max(1, item.required_quantity))))
  )
}
