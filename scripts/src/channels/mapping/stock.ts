/**
 * Stock offered to one channel out of the master stock:
 * 1. below `zeroBelow` units of master stock, offer 0 (avoid overselling the
 *    last units on several channels at once);
 * 2. keep `reserve` units back (for the storefront or the shop counter);
 * 3. offer `percent` % of the rest, rounded down.
 * Never negative, always an integer. Shared by the backend and the CLI.
 */
export type StockRule = { reserve?: number; zeroBelow?: number; percent?: number }

function nonNegative(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a number ≥ 0, got ${value}`)
  return value
}

export function offeredStock(stock: number, rule: StockRule = {}): number {
  const reserve = nonNegative("reserve", rule.reserve ?? 0)
  const zeroBelow = nonNegative("zeroBelow", rule.zeroBelow ?? 0)
  const percent = nonNegative("percent", rule.percent ?? 100)
  if (percent > 100) throw new RangeError(`percent must be 0–100, got ${percent}`)
  const master = Number.isFinite(stock) ? Math.max(0, Math.floor(stock)) : 0
  if (master < zeroBelow) return 0
  const afterReserve = Math.max(0, master - reserve)
  // Integer arithmetic where possible: 7 × 30 / 100 must give 2, not 2.0999….
  return Math.max(0, Math.floor(Math.round(afterReserve * percent * 1e6) / 1e8))
}
