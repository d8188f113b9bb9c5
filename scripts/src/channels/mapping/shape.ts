/**
 * Tiny checks for editable JSON data files. Each collects readable errors with
 * a path ("categories.ruou_trang.shopee.category_id") instead of throwing at
 * the first one, so an editor fixes a file in one pass.
 */
export type ShapeErrors = string[]

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

export function readString(value: unknown, path: string, errors: ShapeErrors): string | null {
  if (typeof value === "string" && value.trim() !== "") return value
  errors.push(`${path}: expected a non-empty string`)
  return null
}

export function readInteger(value: unknown, path: string, errors: ShapeErrors, min = 0): number | null {
  if (typeof value === "number" && Number.isInteger(value) && value >= min) return value
  errors.push(`${path}: expected an integer ≥ ${min}`)
  return null
}

export function readNumber(value: unknown, path: string, errors: ShapeErrors): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value
  errors.push(`${path}: expected a number`)
  return null
}

export function readBoolean(value: unknown, path: string, errors: ShapeErrors): boolean | null {
  if (typeof value === "boolean") return value
  errors.push(`${path}: expected true or false`)
  return null
}

export function readRange(value: unknown, path: string, errors: ShapeErrors): { min: number; max: number } | null {
  if (!isRecord(value)) {
    errors.push(`${path}: expected { "min": number, "max": number }`)
    return null
  }
  const min = readNumber(value.min, `${path}.min`, errors)
  const max = readNumber(value.max, `${path}.max`, errors)
  if (min === null || max === null) return null
  if (min > max) {
    errors.push(`${path}: min ${min} is above max ${max}`)
    return null
  }
  return { min, max }
}

/** Throws one Error listing every shape problem of a data file. */
export function failOnErrors(file: string, errors: ShapeErrors): void {
  if (errors.length > 0) throw new Error(`Invalid data file ${file}:\n- ${errors.join("\n- ")}`)
}
