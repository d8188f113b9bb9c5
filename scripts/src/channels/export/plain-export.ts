import { mkdir, writeFile } from "node:fs/promises"
import { join } from "node:path"
import ExcelJS from "exceljs"
import type { ChannelProduct } from "../core/source"
import { formatDateVi } from "../mapping/vietnamese"
import { toCsv } from "./csv"
import { downloadImages, type FetchLike } from "./images"
import { listingSheetHtml } from "./listing-sheet-html"
import { PLAIN_COLUMNS, plainCells, plainRows, type PlainRowOptions } from "./plain-rows"
import type { ExportSummary } from "./summary"

/**
 * Postmart, Voso and "24/7" have no seller API or import template: the
 * producer (or post-office staff) lists by hand from a clean XLSX + CSV, an
 * image folder and a printable sheet.
 */
export type PlainExportOptions = PlainRowOptions & {
  outDir: string
  /** File name without extension; default "ocop-<channel>". */
  baseName?: string
  /** Shown in the printable sheet's title, e.g. "Postmart". */
  channel?: string
  /** false: no download, the Ảnh column stays empty. */
  images?: false | { fetch?: FetchLike; timeoutMs?: number; maxBytes?: number; concurrency?: number }
  /** Also write the printable HTML sheet (default true). */
  html?: boolean
  /** For the sheet's date; default today. */
  now?: Date
}

const IMAGE_DIR = "images"

export async function exportPlainListing(products: ChannelProduct[], options: PlainExportOptions): Promise<ExportSummary> {
  const channel = options.channel ?? "Postmart / Voso / 24/7"
  const baseName = options.baseName ?? `ocop-${channel.toLowerCase().replace(/[^a-z0-9]+/gu, "-").replace(/^-|-$/gu, "") || "san-pham"}`
  await mkdir(options.outDir, { recursive: true })
  const { rows, skipped } = plainRows(products, options)
  const files: string[] = []

  if (options.images !== false) {
    const downloads = await downloadImages(
      rows.map(({ product, row }) => ({ sku: row.sku, urls: product.images })),
      { dir: join(options.outDir, IMAGE_DIR), ...(options.images ?? {}) },
    )
    for (const { row } of rows) row.images = downloads.files.get(row.sku) ?? []
    skipped.push(...downloads.skipped)
    for (const names of downloads.files.values()) for (const name of names) files.push(join(options.outDir, IMAGE_DIR, name))
  }

  const headers = PLAIN_COLUMNS.map((column) => column.header)
  const cells = rows.map(({ row }) => plainCells(row))

  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet("Sản phẩm")
  sheet.addRow(headers).font = { bold: true }
  for (const line of cells) sheet.addRow(line)
  PLAIN_COLUMNS.forEach((column, index) => {
    const col = sheet.getColumn(index + 1)
    col.width = column.key === "description" ? 80 : Math.max(12, column.header.length + 4)
    if (column.key === "priceVnd") col.numFmt = "#,##0"
    if (column.key === "description") col.alignment = { wrapText: true, vertical: "top" }
  })
  sheet.views = [{ state: "frozen", ySplit: 1 }]
  const xlsxFile = join(options.outDir, `${baseName}.xlsx`)
  await workbook.xlsx.writeFile(xlsxFile)
  files.push(xlsxFile)

  const csvFile = join(options.outDir, `${baseName}.csv`)
  await writeFile(csvFile, toCsv(headers, cells), "utf8")
  files.push(csvFile)

  if (options.html !== false) {
    const htmlFile = join(options.outDir, `${baseName}.html`)
    const today = (options.now ?? new Date()).toISOString().slice(0, 10)
    await writeFile(
      htmlFile,
      listingSheetHtml(
        rows.map(({ row }) => row),
        { title: `Danh sách sản phẩm OCOP Cao Bằng – ${channel}`, imageDir: IMAGE_DIR, generatedOn: formatDateVi(today) },
      ),
      "utf8",
    )
    files.push(htmlFile)
  }
  return { rows: rows.length, skipped, files, notes: [] }
}
