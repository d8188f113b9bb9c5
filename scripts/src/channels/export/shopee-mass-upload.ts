import type { ChannelProduct } from "../core/source"
import { dataFile } from "../mapping/data-files"
import type { ShopeeItemDraft } from "../mapping/shopee-item"
import { imageSlotIndex, isImageSlot, loadSheetSpec, type ImageSlot, type SheetSpec } from "./column-spec"
import { exportPlan, type ListingExportOptions } from "./listing-export"
import type { ExportSummary } from "./summary"
import { fillTemplate, writeFreshSheet, type SheetRow } from "./xlsx-sheet"

/** Shopee Seller Centre mass upload ("Đăng hàng loạt") sheet, keyed on the template's ps_* codes. */
const SHOPEE_VALUES = [
  "category_id",
  "name",
  "description",
  "parent_sku",
  "variation_group",
  "variation_name",
  "variation_option",
  "price",
  "stock",
  "sku",
  "image_cover",
  "weight_kg",
  "length_cm",
  "width_cm",
  "height_cm",
] as const

export type ShopeeSheetValue = (typeof SHOPEE_VALUES)[number] | ImageSlot

export function isShopeeSheetValue(value: string): value is ShopeeSheetValue {
  return (SHOPEE_VALUES as readonly string[]).includes(value) || isImageSlot(value)
}

export const DEFAULT_SHOPEE_FIELDS_PATH = dataFile("shopee-mass-upload-fields.json")

export function loadShopeeMassUploadFields(path: string = DEFAULT_SHOPEE_FIELDS_PATH): SheetSpec<ShopeeSheetValue> {
  return loadSheetSpec(path, isShopeeSheetValue)
}

export type ShopeeMassUploadOptions = ListingExportOptions & {
  outFile: string
  /** A template downloaded from Seller Centre: filled beneath its ps_* code row, everything else kept. */
  templatePath?: string
  fields?: SheetSpec<ShopeeSheetValue>
  /** Values for the template's logistics columns, e.g. { "channel_id.50011": "Bật" }, written on every row. */
  channelColumns?: Record<string, string | number>
}

/** Only the first row of a variation group carries these (as Shopee's template expects). */
const FIRST_ROW_ONLY = new Set<ShopeeSheetValue>(["name", "description"])

function valueOf(value: ShopeeSheetValue, draft: ShopeeItemDraft, modelIndex: number, group: number | null): string | number | null {
  const body = draft.body
  const model = draft.models[modelIndex]
  if (isImageSlot(value)) return draft.imageUrls[imageSlotIndex(value)] ?? null
  switch (value) {
    case "category_id":
      return body.category_id
    case "name":
      return body.item_name
    case "description":
      return body.description
    case "parent_sku":
      return body.item_sku ?? null
    case "variation_group":
      return group
    case "variation_name":
      return draft.variationName
    case "variation_option":
      return draft.variationName === null ? null : (model?.option ?? null)
    case "price":
      return model?.priceVnd ?? body.original_price
    case "stock":
      return model?.stock ?? 0
    case "sku":
      return draft.variationName === null ? null : (model?.sku ?? null)
    case "image_cover":
      return draft.imageUrls[0] ?? null
    case "weight_kg":
      return body.weight > 0 ? body.weight : null
    case "length_cm":
      return body.dimension?.package_length ?? null
    case "width_cm":
      return body.dimension?.package_width ?? null
    case "height_cm":
      return body.dimension?.package_height ?? null
  }
}

export function shopeeSheetRows(drafts: ShopeeItemDraft[], spec: SheetSpec<ShopeeSheetValue>, channelColumns: Record<string, string | number> = {}): SheetRow[] {
  const rows: SheetRow[] = []
  let group = 0
  for (const draft of drafts) {
    const groupNo = draft.variationName === null ? null : (group += 1)
    draft.models.forEach((_model, index) => {
      const row: SheetRow = { ...channelColumns }
      for (const field of spec.fields) {
        row[field.code] = index > 0 && FIRST_ROW_ONLY.has(field.value) ? null : valueOf(field.value, draft, index, groupNo)
      }
      rows.push(row)
    })
  }
  return rows
}

export async function exportShopeeMassUpload(products: ChannelProduct[], options: ShopeeMassUploadOptions): Promise<ExportSummary> {
  const spec = options.fields ?? loadShopeeMassUploadFields()
  const { entries, skipped, notes } = exportPlan(products, "shopee", options)
  const drafts = entries.flatMap((entry) => (entry.platform === "shopee" && entry.payload ? [entry.payload] : []))
  const rows = shopeeSheetRows(drafts, spec, options.channelColumns)
  if (options.templatePath) {
    const fill = await fillTemplate(options.templatePath, options.outFile, spec.fields.map((field) => field.code), rows)
    if (fill.missingCodes.length > 0) notes.push(`Mẫu không có cột / template lacks columns: ${fill.missingCodes.join(", ")}`)
    notes.push(`Đã điền từ dòng ${fill.firstDataRow} của trang "${fill.sheetName}" / filled from row ${fill.firstDataRow} of "${fill.sheetName}"`)
  } else {
    await writeFreshSheet(options.outFile, spec.sheetName, spec.fields, rows)
  }
  return { rows: rows.length, skipped, files: [options.outFile], notes }
}
