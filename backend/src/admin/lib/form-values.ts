/** Turning text inputs into API values: blank optional fields become null, numbers stay numbers. */

export const blankToNull = (value: string): string | null => (value.trim() ? value.trim() : null)

export const blankToUndefined = (value: string): string | undefined => (value.trim() ? value.trim() : undefined)

/** "" → null; "75" → 75; text that is not a whole number → "invalid". */
export function optionalInteger(value: string): number | null | "invalid" {
  const trimmed = value.trim()
  if (!trimmed) return null
  return /^\d+$/.test(trimmed) ? Number(trimmed) : "invalid"
}
