import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import ExcelJS from "exceljs"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { exportShopeeMassUpload, loadShopeeMassUploadFields } from "../../../src/channels/export/shopee-mass-upload"
import { loadCategoryTable } from "../../../src/channels/mapping/category-table"
import { loadPlatformLimits } from "../../../src/channels/mapping/limits"
import { banhKhao, mienDong } from "../mapping/fixtures"

let dir = ""
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ocop-shopee-"))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const base = { table: loadCategoryTable(), limits: loadPlatformLimits() }

async function readSheet(file: string, name: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(file)
  const sheet = workbook.getWorksheet(name)
  if (!sheet) throw new Error(`no sheet ${name}`)
  return sheet
}

function rowValues(sheet: ExcelJS.Worksheet, rowNumber: number, columns: number): unknown[] {
  const row = sheet.getRow(rowNumber)
  return Array.from({ length: columns }, (_, i) => row.getCell(i + 1).value)
}

describe("Shopee mass upload sheet", () => {
  it("writes a fresh sheet: code row, Vietnamese labels, one row per SKU", async () => {
    const outFile = join(dir, "fresh.xlsx")
    const summary = await exportShopeeMassUpload([banhKhao(), mienDong(), banhKhao({ productId: "s", isSample: true, variants: [{ ...banhKhao().variants[0]!, sku: "SAMPLE-1" }] })], { ...base, outFile })
    expect(summary.rows).toBe(3)
    expect(summary.files).toEqual([outFile])
    expect(summary.skipped).toEqual([{ sku: "SAMPLE-1", reason: expect.stringContaining("isSample") }])
    expect(summary.notes.join("\n")).toMatch(/chưa được xác minh/)

    const fields = loadShopeeMassUploadFields().fields
    const sheet = await readSheet(outFile, "Template")
    const codes = rowValues(sheet, 1, fields.length)
    expect(codes).toEqual(fields.map((f) => f.code))
    expect(codes).toEqual(expect.arrayContaining(["ps_category", "ps_product_name", "ps_price", "ps_item_cover_image", "ps_item_image_1", "ps_weight"]))
    expect(rowValues(sheet, 2, 3)).toEqual(["Ngành hàng", "Tên sản phẩm", "Mô tả sản phẩm"])

    const col = (code: string) => fields.findIndex((f) => f.code === code) + 1
    const cell = (row: number, code: string) => sheet.getRow(row).getCell(col(code)).value
    expect(cell(3, "ps_product_name")).toBe("Bánh khảo Phục Hòa hộp 500 g – OCOP 4 sao Cao Bằng")
    expect(cell(3, "ps_price")).toBe(46_000)
    expect(cell(3, "ps_category")).toBe(100871)
    expect(cell(3, "ps_sku_parent_short")).toBe("PHUCHOA-BK-500G")
    expect(cell(3, "ps_item_cover_image")).toBe("https://cdn.example.vn/bkph/1.jpg")
    expect(cell(3, "ps_item_image_1")).toBe("https://cdn.example.vn/bkph/2.png")
    expect(cell(3, "ps_weight")).toBe(0.56)
    expect(String(cell(3, "ps_product_description"))).toContain("Số giấy chứng nhận: 125/GCN-OCOP")
    // The two packs of one product share a group; name and description sit on its first row only.
    expect([cell(4, "et_title_variation_integration_no"), cell(5, "et_title_variation_integration_no")]).toEqual([1, 1])
    expect([cell(4, "et_title_option_for_variation_1"), cell(5, "et_title_option_for_variation_1")]).toEqual(["Gói 500 g", "Túi 1 kg"])
    expect([cell(4, "ps_sku_short"), cell(5, "ps_sku_short")]).toEqual(["TVA-MDG-500G", "TVA-MDG-1KG"])
    expect([cell(4, "ps_price"), cell(5, "ps_price")]).toEqual([55_000, 105_000])
    expect(cell(4, "ps_product_name")).toBe("Miến dong Tân Việt Á – OCOP 4 sao Cao Bằng")
    expect(cell(5, "ps_product_name")).toBeNull()
    expect(sheet.rowCount).toBe(5)
  })

  it("fills a downloaded template beneath its code row and keeps everything else", async () => {
    const templatePath = join(dir, "template.xlsx")
    const template = new ExcelJS.Workbook()
    const guide = template.addWorksheet("Hướng dẫn")
    guide.getCell("A1").value = "Hướng dẫn đăng hàng loạt"
    const sheet = template.addWorksheet("Template")
    sheet.addRow(["ps_category", "ps_product_name", "ps_price", "ps_stock", "ps_item_cover_image", "channel_id.50011", "ps_gtin_code"])
    sheet.addRow(["Ngành hàng", "Tên sản phẩm", "Giá", "Kho hàng", "Ảnh bìa", "Giao hàng nhanh", "GTIN"])
    sheet.addRow(["Bắt buộc", "Bắt buộc", "Bắt buộc", "Tuỳ chọn", "Bắt buộc", "", ""])
    await template.xlsx.writeFile(templatePath)

    const outFile = join(dir, "filled.xlsx")
    const summary = await exportShopeeMassUpload([banhKhao()], { ...base, outFile, templatePath, channelColumns: { "channel_id.50011": "Bật" } })
    expect(summary.rows).toBe(1)
    expect(summary.notes.join("\n")).toMatch(/template lacks columns: .*ps_product_description/)

    const filled = await readSheet(outFile, "Template")
    expect(rowValues(filled, 1, 7)).toEqual(["ps_category", "ps_product_name", "ps_price", "ps_stock", "ps_item_cover_image", "channel_id.50011", "ps_gtin_code"])
    expect(rowValues(filled, 2, 3)).toEqual(["Ngành hàng", "Tên sản phẩm", "Giá"])
    expect(rowValues(filled, 3, 1)).toEqual(["Bắt buộc"])
    expect(rowValues(filled, 4, 7)).toEqual([100871, "Bánh khảo Phục Hòa hộp 500 g – OCOP 4 sao Cao Bằng", 46_000, 120, "https://cdn.example.vn/bkph/1.jpg", "Bật", null])
    const keptGuide = await readSheet(outFile, "Hướng dẫn")
    expect(keptGuide.getCell("A1").value).toBe("Hướng dẫn đăng hàng loạt")
  })

  it("refuses a file that is not a template", async () => {
    const templatePath = join(dir, "not-a-template.xlsx")
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet("Sheet1").addRow(["hello"])
    await workbook.xlsx.writeFile(templatePath)
    await expect(exportShopeeMassUpload([banhKhao()], { ...base, outFile: join(dir, "x.xlsx"), templatePath })).rejects.toThrow(/no row holds any of the column codes/)
  })
})
