import { readJsonFile } from "../mapping/data-files"
import { failOnErrors, isRecord, readString, type ShapeErrors } from "../mapping/shape"

/**
 * A marketplace sheet layout kept as data: each column's machine code (what
 * a platform template's key row holds), its Vietnamese label for a fresh
 * sheet, and which of our values fills it.
 */
export type ColumnSpec<V extends string> = { code: string; header: string; value: V }

export type SheetSpec<V extends string> = { sheetName: string; fields: ColumnSpec<V>[] }

export function parseSheetSpec<V extends string>(json: unknown, isValue: (value: string) => value is V, source: string): SheetSpec<V> {
  const errors: ShapeErrors = []
  const root = isRecord(json) ? json : {}
  const sheetName = readString(root.sheet_name, "sheet_name", errors) ?? "Sheet1"
  const fields: ColumnSpec<V>[] = []
  if (!Array.isArray(root.fields)) errors.push('fields: expected an array of { "code", "header", "value" }')
  else {
    const codes = new Set<string>()
    root.fields.forEach((raw, index) => {
      const at = `fields[${index}]`
      if (!isRecord(raw)) {
        errors.push(`${at}: expected { code, header, value }`)
        return
      }
      const code = readString(raw.code, `${at}.code`, errors)
      const header = readString(raw.header, `${at}.header`, errors)
      const value = readString(raw.value, `${at}.value`, errors)
      if (value !== null && !isValue(value)) errors.push(`${at}.value: "${value}" is not a value this exporter knows`)
      if (code !== null && codes.has(code)) errors.push(`${at}.code: "${code}" appears twice`)
      if (code !== null) codes.add(code)
      if (code !== null && header !== null && value !== null && isValue(value)) fields.push({ code, header, value })
    })
  }
  failOnErrors(source, errors)
  return { sheetName, fields }
}

export function loadSheetSpec<V extends string>(path: string, isValue: (value: string) => value is V): SheetSpec<V> {
  return parseSheetSpec(readJsonFile(path), isValue, path)
}

/** "image_1" … "image_8" */
export type ImageSlot = `image_${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`

export function isImageSlot(value: string): value is ImageSlot {
  return /^image_[1-8]$/u.test(value)
}

export function imageSlotIndex(slot: ImageSlot): number {
  return Number(slot.slice("image_".length))
}
