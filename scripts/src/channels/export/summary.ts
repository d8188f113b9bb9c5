/** What every exporter returns: rows written, what was left out and why, and the files made. */
export type SkippedRow = { sku: string; reason: string }

export type ExportSummary = {
  rows: number
  skipped: SkippedRow[]
  files: string[]
  /** Things to know that did not stop a row (unverified category ids, template columns not found…). */
  notes: string[]
}
