/** Small readers for request values (Lazada accepts numbers as JSON numbers or strings). */
export function num(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null
  if (typeof value === "string" && value.trim() !== "") {
    const parsed = Number(value)
    return Number.isFinite(parsed) ? parsed : null
  }
  return null
}

export function text(value: unknown): string | null {
  if (typeof value === "string") return value
  if (typeof value === "number" && Number.isFinite(value)) return String(value)
  return null
}

/** Lazada's order timestamps: ISO 8601 with the seller's offset (Vietnam, +07:00). */
export function isoVietnam(ms: number): string {
  return `${new Date(ms + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`
}

/** Money as Lazada's order APIs write it: a string with two decimals. */
export function money(amount: number): string {
  return amount.toFixed(2)
}

/** ISO 8601 dates with or without a colon in the offset ("+0800", "+08:00"); null when unreadable. */
export function parseIsoDate(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(value)) return null
  const parsed = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"))
  return Number.isNaN(parsed) ? null : parsed
}
