import { mkdir } from "node:fs/promises"
import { dirname } from "node:path"
import ExcelJS from "exceljs"

/**
 * Writing marketplace sheets keyed on column codes: either a fresh workbook
 * (code row + Vietnamese label row + data) or a platform template the user
 * downloaded, filled beneath its own header rows and otherwise left as is.
 */
export type SheetCell = string | number | null
/** One data row, by column code. */
export type SheetRow = Record<string, SheetCell>

function cellText(cell: ExcelJS.Cell): string {
  const text = cell.text
  return typeof text === "string" ? text.trim() : ""
}

function hasValue(cell: ExcelJS.Cell): boolean {
  return cell.value !== null && cell.value !== undefined && cellText(cell) !== ""
}

export async function writeFreshSheet(file: string, sheetName: string, columns: Array<{ code: string; header: string }>, rows: SheetRow[]): Promise<void> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(sheetName)
  sheet.addRow(columns.map((column) => column.code))
  // Like Shopee's own template: the machine row is there but hidden.
  sheet.getRow(1).hidden = true
  const header = sheet.addRow(columns.map((column) => column.header))
  header.font = { bold: true }
  for (const row of rows) sheet.addRow(columns.map((column) => row[column.code] ?? null))
  columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = Math.min(60, Math.max(12, column.header.length + 2))
  })
  sheet.views = [{ state: "frozen", ySplit: 2 }]
  await mkdir(dirname(file), { recursive: true })
  await workbook.xlsx.writeFile(file)
}

export type CodeRow = { sheet: ExcelJS.Worksheet; rowNumber: number; columns: Map<string, number> }

/** The row (in any sheet, within its first `scanRows` rows) holding the most of the codes. */
export function findCodeRow(workbook: ExcelJS.Workbook, codes: ReadonlySet<string>, scanRows = 30): CodeRow | null {
  let best: (CodeRow & { hits: number }) | null = null
  workbook.eachSheet((sheet) => {
    const last = Math.min(sheet.rowCount, scanRows)
    for (let rowNumber = 1; rowNumber <= last; rowNumber += 1) {
      const columns = new Map<string, number>()
      let hits = 0
      sheet.getRow(rowNumber).eachCell({ includeEmpty: false }, (cell, column) => {
        const text = cellText(cell)
        if (text === "" || columns.has(text)) return
        columns.set(text, column)
        if (codes.has(text)) hits += 1
      })
      if (hits > 0 && (!best || hits > best.hits)) best = { sheet, rowNumber, columns, hits }
    }
  })
  return best
}

export type TemplateFill = {
  sheetName: string
  codeRow: number
  firstDataRow: number
  /** Our codes the template lacks: those values are not written. */
  missingCodes: string[]
}

/**
 * Fills a downloaded template: finds the code row, skips every row beneath it
 * that already has something in a known column (labels, "bắt buộc" notes,
 * examples), writes the data after them and saves to `outFile`. Other sheets,
 * rows and styles are kept as exceljs reads them.
 */
export async function fillTemplate(templatePath: string, outFile: string, codes: string[], rows: SheetRow[]): Promise<TemplateFill> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(templatePath)
  const wanted = new Set(codes)
  const found = findCodeRow(workbook, wanted)
  if (!found) throw new Error(`${templatePath}: no row holds any of the column codes (${codes.slice(0, 3).join(", ")}, …); is it the right template?`)
  const { sheet, rowNumber, columns } = found
  const known = [...columns.values()]
  let lastUsed = rowNumber
  for (let r = rowNumber + 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r)
    if (known.some((column) => hasValue(row.getCell(column)))) lastUsed = r
  }
  const firstDataRow = lastUsed + 1
  rows.forEach((data, index) => {
    const row = sheet.getRow(firstDataRow + index)
    for (const [code, value] of Object.entries(data)) {
      const column = columns.get(code)
      if (column !== undefined && value !== null) row.getCell(column).value = value
    }
    row.commit()
  })
  await mkdir(dirname(outFile), { recursive: true })
  await workbook.xlsx.writeFile(outFile)
  const present = new Set(columns.keys())
  return { sheetName: sheet.name, codeRow: rowNumber, firstDataRow, missingCodes: codes.filter((code) => !present.has(code)) }
}
