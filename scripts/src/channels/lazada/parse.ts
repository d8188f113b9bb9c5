/**
 * Narrowing helpers for Lazada JSON. The platform is loose with types (the
 * docs' samples send `"item_id": "180226526"` where the live API sends a
 * number, and `images` sometimes arrives as a JSON-encoded string), so every
 * reader accepts both forms instead of trusting a cast.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

export function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {}
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

/** A string, or a number written as one; null for anything else (including the literal "null" Lazada sometimes sends). */
export function asString(value: unknown): string | null {
  if (typeof value === "string") return value === "null" ? null : value
  if (typeof value === "number" && Number.isFinite(value)) return String(value)
  return null
}

/** A number, or a numeric string such as "106.00" or "1,200.50"; null otherwise. */
export function asNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null
  if (typeof value === "string" && value.trim() !== "") {
    const parsed = Number(value.replace(/,/g, ""))
    return Number.isFinite(parsed) ? parsed : null
  }
  return null
}

export function asBoolean(value: unknown): boolean | null {
  if (typeof value === "boolean") return value
  if (typeof value === "string") {
    if (value.toLowerCase() === "true") return true
    if (value.toLowerCase() === "false") return false
  }
  return null
}

/** A list of strings that may arrive as an array or as a JSON-encoded array string. */
export function asStringList(value: unknown): string[] {
  let list: unknown = value
  if (typeof value === "string") {
    try {
      list = JSON.parse(value)
    } catch {
      return value.trim() ? [value] : []
    }
  }
  return asArray(list)
    .map(asString)
    .filter((item): item is string => item !== null && item !== "")
}
