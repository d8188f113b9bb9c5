/**
 * Per-channel price rule: listed price = round(price × multiplier + offset)
 * to the nearest 1,000 ₫ (halves go up), never below 1,000 ₫. VND has no
 * decimals on Shopee VN or Lazada VN, and shoppers read round thousands.
 */
export type PriceRule = { multiplier: number; offset: number }

export const DEFAULT_PRICE_RULE: PriceRule = { multiplier: 1, offset: 0 }

export const PRICE_STEP_VND = 1_000
export const MIN_LISTED_PRICE_VND = 1_000

export function priceRule(partial: Partial<PriceRule> = {}): PriceRule {
  const rule = { ...DEFAULT_PRICE_RULE, ...partial }
  if (!Number.isFinite(rule.multiplier) || rule.multiplier <= 0) {
    throw new RangeError(`A price multiplier must be a number above 0, got ${rule.multiplier}`)
  }
  if (!Number.isFinite(rule.offset)) throw new RangeError(`A price offset must be a number, got ${rule.offset}`)
  return rule
}

export function applyPriceRule(priceVnd: number, partial: Partial<PriceRule> = {}): number {
  if (!Number.isFinite(priceVnd) || priceVnd < 0) throw new RangeError(`A price must be a number ≥ 0, got ${priceVnd}`)
  const rule = priceRule(partial)
  // Settle float noise first (45000 × 1.1 = 49500.000000000007) so a value
  // that is exactly on a half rounds up rather than by accident of binary.
  const raw = Math.round((priceVnd * rule.multiplier + rule.offset) * 100) / 100
  const thousands = Math.floor(raw / PRICE_STEP_VND + 0.5)
  return Math.max(MIN_LISTED_PRICE_VND, thousands * PRICE_STEP_VND)
}
