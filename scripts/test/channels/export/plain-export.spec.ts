import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { basename, join } from "node:path"
import ExcelJS from "exceljs"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { csvField, toCsv } from "../../../src/channels/export/csv"
import { exportPlainListing } from "../../../src/channels/export/plain-export"
import { banhKhao, mienDong, ruouNgo } from "../mapping/fixtures"

/** A strict RFC 4180 reader, written apart from the writer so one cannot hide the other's mistake. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ""
  let quoted = false
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i += 1
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ",") {
      row.push(field)
      field = ""
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field)
      rows.push(row)
      row = []
      field = ""
      i += 1
    } else field += ch
  }
  if (field !== "" || row.length > 0) throw new Error("CSV must end with CRLF")
  return rows
}

const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex")
const JPEG = Buffer.from("ffd8ffe000104a46494600010100000100010000ffd9", "hex")

let server: Server
let origin = ""
let dir = ""
const hits = new Map<string, number>()

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? "/"
    hits.set(path, (hits.get(path) ?? 0) + 1)
    if (path === "/bk/1.jpg") response.writeHead(200, { "content-type": "image/jpeg" }).end(JPEG)
    else if (path === "/bk/2") response.writeHead(200, { "content-type": "image/png" }).end(PNG)
    else if (path === "/page.html") response.writeHead(200, { "content-type": "text/html" }).end("<html></html>")
    else response.writeHead(404).end("not found")
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  dir = await mkdtemp(join(tmpdir(), "ocop-plain-"))
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  await rm(dir, { recursive: true, force: true })
})

describe("CSV writing", () => {
  it("quotes only what RFC 4180 needs and doubles quotes", () => {
    expect(csvField("Bánh khảo")).toBe("Bánh khảo")
    expect(csvField('Hộp "quà", 500 g')).toBe('"Hộp ""quà"", 500 g"')
    expect(csvField("dòng 1\ndòng 2")).toBe('"dòng 1\ndòng 2"')
    expect(csvField(46_000)).toBe("46000")
    expect(csvField(null)).toBe("")
    expect(toCsv(["a"], [["x"]])).toBe("\uFEFFa\r\nx\r\n")
  })
})

describe("Postmart / Voso / 24/7 export", () => {
  it("writes XLSX, CSV, an image folder and a printable sheet, reporting failed images", async () => {
    const images = [`${origin}/bk/1.jpg`, `${origin}/bk/2`, `${origin}/bk/missing.jpg`]
    const expired = ruouNgo()
    const products = [
      banhKhao({ images }),
      mienDong({ images: [`${origin}/bk/1.jpg`, `${origin}/page.html`] }),
      ruouNgo({ certificate: expired.certificate ? { ...expired.certificate, status: "expired" } : null, images: [] }),
    ]
    const outDir = join(dir, "postmart")
    const summary = await exportPlainListing(products, { outDir, channel: "Postmart", baseName: "postmart", priceRule: { multiplier: 1.1, offset: 5_000 }, now: new Date("2025-03-01T00:00:00Z") })

    expect(summary.rows).toBe(4)
    expect(summary.skipped).toEqual(
      expect.arrayContaining([
        { sku: "PHUCHOA-BK-500G", reason: expect.stringMatching(/ảnh 3 .*missing\.jpg.*HTTP 404/) },
        { sku: "TVA-MDG-500G", reason: expect.stringMatching(/ảnh 2 .*not an image/) },
      ]),
    )
    expect((await readdir(join(outDir, "images"))).sort()).toEqual(["PHUCHOA-BK-500G-1.jpg", "PHUCHOA-BK-500G-2.png", "TVA-MDG-1KG-1.jpg", "TVA-MDG-500G-1.jpg"])
    expect(await readFile(join(outDir, "images", "PHUCHOA-BK-500G-2.png"))).toEqual(PNG)
    // Shared by two packs, fetched once.
    expect(hits.get("/bk/1.jpg")).toBe(1)
    expect(summary.files).toEqual(expect.arrayContaining([join(outDir, "postmart.xlsx"), join(outDir, "postmart.csv"), join(outDir, "postmart.html")]))

    const raw = await readFile(join(outDir, "postmart.csv"))
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(raw.toString("utf8").slice(1))
    const header = rows[0] ?? []
    expect(header).toEqual([
      "SKU", "Tên sản phẩm", "Quy cách", "Giá (VND)", "Tồn kho", "Hạng sao OCOP", "Số giấy chứng nhận", "Quyết định", "Cơ quan cấp", "Hiệu lực đến",
      "Chủ thể", "Loại hình", "Xã/huyện", "Khối lượng (g)", "Kích thước (cm)", "Thành phần", "Hạn dùng", "Bảo quản", "Mô tả", "Ảnh",
    ])
    const byHeader = (row: string[] | undefined) => Object.fromEntries(header.map((name, i) => [name, row?.[i] ?? ""]))
    const cake = byHeader(rows[1])
    expect(cake).toMatchObject({
      SKU: "PHUCHOA-BK-500G",
      "Tên sản phẩm": "Bánh khảo Phục Hòa hộp 500 g – OCOP 4 sao Cao Bằng",
      // 45,500 × 1.1 + 5,000 = 55,050 → 55,000
      "Giá (VND)": "55000",
      "Hạng sao OCOP": "4 sao",
      "Số giấy chứng nhận": "125/GCN-OCOP",
      "Hiệu lực đến": "15/12/2026",
      "Loại hình": "Hợp tác xã",
      "Xã/huyện": "Thị trấn Hòa Thuận, huyện Phục Hòa",
      "Khối lượng (g)": "560",
      "Kích thước (cm)": "20 × 12,5 × 6",
      "Ảnh": "PHUCHOA-BK-500G-1.jpg; PHUCHOA-BK-500G-2.png",
    })
    expect(cake["Mô tả"]).toContain("Số giấy chứng nhận: 125/GCN-OCOP\n")
    const spirit = byHeader(rows[4])
    expect(spirit).toMatchObject({ SKU: "DAIHOANG-CB-500ML", "Hạng sao OCOP": "", "Số giấy chứng nhận": "", "Hiệu lực đến": "" })
    expect(spirit["Tên sản phẩm"]).not.toMatch(/OCOP/)
    expect(spirit["Mô tả"]).toContain("Không dành cho người dưới 18 tuổi")
    expect(rows).toHaveLength(5)

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(outDir, "postmart.xlsx"))
    const sheet = workbook.getWorksheet("Sản phẩm")
    if (!sheet) throw new Error("sheet missing")
    expect(sheet.getRow(1).getCell(2).value).toBe("Tên sản phẩm")
    expect(sheet.getRow(2).getCell(2).value).toBe("Bánh khảo Phục Hòa hộp 500 g – OCOP 4 sao Cao Bằng")
    expect(sheet.getRow(2).getCell(4).value).toBe(55_000)
    expect(sheet.getRow(4).getCell(4).value).toBe(121_000)

    const html = await readFile(join(outDir, "postmart.html"), "utf8")
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain("Danh sách sản phẩm OCOP Cao Bằng – Postmart")
    expect(html).toContain('src="images/PHUCHOA-BK-500G-1.jpg"')
    expect(html).toContain("Lập ngày 01/03/2025")
  })

  it("leaves out samples and, under the unlist policy, products without a valid certificate", async () => {
    const revoked = banhKhao()
    const summary = await exportPlainListing(
      [banhKhao({ certificate: revoked.certificate ? { ...revoked.certificate, status: "revoked" } : null }), mienDong({ isSample: true })],
      { outDir: join(dir, "voso"), channel: "Voso", images: false, html: false, claimPolicy: { onInvalidCertificate: "unlist" } },
    )
    expect(summary.rows).toBe(0)
    expect(summary.skipped).toEqual([
      { sku: "PHUCHOA-BK-500G", reason: expect.stringContaining("revoked") },
      { sku: "TVA-MDG-500G", reason: expect.stringContaining("isSample") },
      { sku: "TVA-MDG-1KG", reason: expect.stringContaining("isSample") },
    ])
    expect(summary.files.map((file) => basename(file))).toEqual(["ocop-voso.xlsx", "ocop-voso.csv"])
  })
})
