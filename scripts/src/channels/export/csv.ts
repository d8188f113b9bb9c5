/**
 * CSV as Excel in Vietnam opens it: UTF-8 with a byte-order mark (without it
 * Excel reads "Bánh" as "BÃ¡nh"), CRLF line ends and RFC 4180 quoting.
 */
export const UTF8_BOM = "\uFEFF"

export type CsvCell = string | number | null

export function csvField(value: CsvCell): string {
  if (value === null) return ""
  const text = typeof value === "number" ? (Number.isInteger(value) ? value.toFixed(0) : String(value)) : value
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(","))
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`
}
