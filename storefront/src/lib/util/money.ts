const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND", maximumFractionDigits: 0 })

/**
 * Formats a whole-VND amount the way Vietnamese shoppers read it: "120.000 ₫"
 * (dot thousands separator, no-break space before the đồng sign).
 * Fractions are rounded away because VND has no minor unit.
 */
export function formatVnd(amount: number): string {
  if (!Number.isFinite(amount)) throw new RangeError(`Not a VND amount: ${amount}`)
  return vnd.format(Math.round(amount))
}
