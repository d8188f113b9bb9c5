import path from "node:path"
import type { ChannelProduct } from "../core/source"
import { exportLazadaBulk, exportPlainListing, exportShopeeMassUpload, type ExportSummary } from "../export"
import { loadCategoryTable, loadPlatformLimits, type CategoryTable } from "../mapping"
import type { Command } from "./args"

type ExportCommand = Extract<Command, { kind: "export" }>

const PLAIN_CHANNEL: Record<string, string> = { postmart: "Postmart", voso: "Voso", csv: "Postmart / Voso / 24/7" }

/** Writes one export file (or folder) from the catalogue; nothing is sent anywhere. */
export async function runExport(command: ExportCommand, products: ChannelProduct[], categoryTable?: CategoryTable): Promise<ExportSummary> {
  const table = categoryTable ?? loadCategoryTable()
  const limits = loadPlatformLimits()
  const common = { table, limits, allowSample: command.allowSample }
  switch (command.format) {
    case "shopee-xlsx":
      return exportShopeeMassUpload(products, { ...common, outFile: xlsxPath(command.out, "shopee-dang-hang-loat"), ...(command.template ? { templatePath: command.template } : {}) })
    case "lazada-xlsx":
      return exportLazadaBulk(products, { ...common, outFile: xlsxPath(command.out, "lazada-dang-hang-loat"), ...(command.template ? { templatePath: command.template } : {}) })
    default:
      return exportPlainListing(products, {
        allowSample: command.allowSample,
        outDir: command.out,
        channel: PLAIN_CHANNEL[command.format] ?? command.format,
        ...(command.images ? {} : { images: false as const }),
      })
  }
}

/** `--out` may name the file or a folder to put it in. */
function xlsxPath(out: string, baseName: string): string {
  return out.toLowerCase().endsWith(".xlsx") ? out : path.join(out, `${baseName}.xlsx`)
}

export function exportSummaryLines(summary: ExportSummary): string[] {
  return [
    `Đã ghi / written: ${summary.rows} dòng / rows`,
    ...summary.files.filter((file) => !file.includes(`${path.sep}images${path.sep}`)).map((file) => `  ${file}`),
    ...(summary.files.some((file) => file.includes(`${path.sep}images${path.sep}`)) ? [`  + ${summary.files.filter((file) => file.includes(`${path.sep}images${path.sep}`)).length} ảnh / images`] : []),
    ...(summary.skipped.length ? [`Bỏ qua / skipped: ${summary.skipped.length}`, ...summary.skipped.slice(0, 20).map((row) => `  ${row.sku}: ${row.reason}`)] : []),
    ...summary.notes.map((note) => `Ghi chú / note: ${note}`),
  ]
}
