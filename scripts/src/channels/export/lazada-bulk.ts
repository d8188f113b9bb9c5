import type { ChannelProduct } from "../core/source"
import { dataFile } from "../mapping/data-files"
import type { LazadaProductDraft } from "../mapping/lazada-product"
import { imageSlotIndex, isImageSlot, loadSheetSpec, type ImageSlot, type SheetSpec } from "./column-spec"
import { exportPlan, type ListingExportOptions } from "./listing-export"
import type { ExportSummary } from "./summary"
import { fillTemplate, writeFreshSheet, type SheetRow } from "./xlsx-sheet"

/** Lazada Seller Center bulk sheet: one row per SKU, product fields repeated on each. */
const LAZADA_VALUES = [
  "primary_category",
  "name",
  "description",
  "short_description",
  "brand",
  "seller_sku",
  "variation",
  "price",
  "quantity",
  "package_weight",
  "package_length",
  "package_width",
  "package_height",
] as const

export type LazadaSheetValue = (typeof LAZADA_VALUES)[number] | ImageSlot

export function isLazadaSheetValue(value: string): value is LazadaSheetValue {
  return (LAZADA_VALUES as readonly string[]).includes(value) || isImageSlot(value)
}

export const DEFAULT_LAZADA_COLUMNS_PATH = dataFile("lazada-bulk-columns.json")

export function loadLazadaBulkColumns(path: string = DEFAULT_LAZADA_COLUMNS_PATH): SheetSpec<LazadaSheetValue> {
  return loadSheetSpec(path, isLazadaSheetValue)
}

export type LazadaBulkOptions = ListingExportOptions & {
  outFile: string
  /** A category template downloaded from Seller Center: filled beneath its key row. */
  templatePath?: string
  columns?: SheetSpec<LazadaSheetValue>
}

function valueOf(value: LazadaSheetValue, draft: LazadaProductDraft, skuIndex: number): string | number | null {
  const product = draft.payload.Request.Product
  const sku = draft.skus[skuIndex]
  // Lazada's main image is image_1.
  if (isImageSlot(value)) return draft.imageUrls[imageSlotIndex(value) - 1] ?? null
  switch (value) {
    case "primary_category":
      return product.PrimaryCategory
    case "name":
      return product.Attributes.name
    case "description":
      return product.Attributes.description
    case "short_description":
      return product.Attributes.short_description ?? null
    case "brand":
      return product.Attributes.brand ?? null
    case "seller_sku":
      return sku?.sku ?? null
    case "variation":
      return draft.saleProp === null ? null : (sku?.option ?? null)
    case "price":
      return sku?.priceVnd ?? null
    case "quantity":
      return sku?.stock ?? null
    case "package_weight":
      return sku?.packageWeightKg ?? null
    case "package_length":
      return sku?.packageLengthCm ?? null
    case "package_width":
      return sku?.packageWidthCm ?? null
    case "package_height":
      return sku?.packageHeightCm ?? null
  }
}

export function lazadaSheetRows(drafts: LazadaProductDraft[], spec: SheetSpec<LazadaSheetValue>): SheetRow[] {
  return drafts.flatMap((draft) =>
    draft.skus.map((_sku, index) => Object.fromEntries(spec.fields.map((field) => [field.code, valueOf(field.value, draft, index)]))),
  )
}

export async function exportLazadaBulk(products: ChannelProduct[], options: LazadaBulkOptions): Promise<ExportSummary> {
  const spec = options.columns ?? loadLazadaBulkColumns()
  const { entries, skipped, notes } = exportPlan(products, "lazada", options)
  const drafts = entries.flatMap((entry) => (entry.platform === "lazada" && entry.payload ? [entry.payload] : []))
  const rows = lazadaSheetRows(drafts, spec)
  if (options.templatePath) {
    const fill = await fillTemplate(options.templatePath, options.outFile, spec.fields.map((field) => field.code), rows)
    if (fill.missingCodes.length > 0) notes.push(`Mẫu không có cột / template lacks columns: ${fill.missingCodes.join(", ")}`)
  } else {
    await writeFreshSheet(options.outFile, spec.sheetName, spec.fields, rows)
  }
  return { rows: rows.length, skipped, files: [options.outFile], notes }
}
