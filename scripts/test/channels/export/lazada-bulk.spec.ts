import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import ExcelJS from "exceljs"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { exportLazadaBulk, loadLazadaBulkColumns } from "../../../src/channels/export/lazada-bulk"
import { loadCategoryTable } from "../../../src/channels/mapping/category-table"
import { loadPlatformLimits } from "../../../src/channels/mapping/limits"
import { banhKhao, mienDong, variant } from "../mapping/fixtures"

let dir = ""
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ocop-lazada-"))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe("Lazada bulk sheet", () => {
  it("writes one row per SKU with the columns from the data file", async () => {
    const outFile = join(dir, "lazada.xlsx")
    const broken = banhKhao({ productId: "p2", variants: [variant({ sku: "NO-WEIGHT", weightGrams: null })] })
    const summary = await exportLazadaBulk([mienDong(), broken], { table: loadCategoryTable(), limits: loadPlatformLimits(), outFile, priceRule: { multiplier: 1.1 } })
    expect(summary.rows).toBe(2)
    expect(summary.skipped).toEqual([{ sku: "NO-WEIGHT", reason: expect.stringContaining("package_weight") }])

    const columns = loadLazadaBulkColumns().fields
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(outFile)
    const sheet = workbook.getWorksheet("Upload Template")
    if (!sheet) throw new Error("sheet missing")
    const col = (code: string) => columns.findIndex((c) => c.code === code) + 1
    expect(sheet.getRow(1).getCell(col("SellerSku")).value).toBe("SellerSku")
    expect(sheet.getRow(2).getCell(col("SellerSku")).value).toBe("SKU người bán")
    expect([3, 4].map((r) => sheet.getRow(r).getCell(col("SellerSku")).value)).toEqual(["TVA-MDG-500G", "TVA-MDG-1KG"])
    // 55,000 × 1.1 = 60,500 → 61,000; 105,000 × 1.1 = 115,500 → 116,000
    expect([3, 4].map((r) => sheet.getRow(r).getCell(col("price")).value)).toEqual([61_000, 116_000])
    expect([3, 4].map((r) => sheet.getRow(r).getCell(col("variation")).value)).toEqual(["Gói 500 g", "Túi 1 kg"])
    expect(sheet.getRow(4).getCell(col("name")).value).toBe("Miến dong Tân Việt Á – OCOP 4 sao Cao Bằng")
    expect(sheet.getRow(3).getCell(col("MainImage")).value).toBe("https://cdn.example.vn/bkph/1.jpg")
    expect(String(sheet.getRow(3).getCell(col("description")).value)).toContain("<li>Số giấy chứng nhận: 125/GCN-OCOP</li>")
  })
})
