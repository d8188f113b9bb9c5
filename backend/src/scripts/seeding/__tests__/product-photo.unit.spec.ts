import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { productImageSvg } from "../product-image"
import { rasteriseProductImage } from "../product-photo"

describe("rasteriseProductImage", () => {
  it("turns the drawn picture into an 800 × 800 JPEG of a few kilobytes", async () => {
    const svg = productImageSvg({ title: "Bánh khảo Hạnh Phúc", subtitle: "Hộp 500 g", group: "thuc_pham", place: "Quảng Uyên" })
    const jpeg = await rasteriseProductImage(svg)
    const meta = await sharp(jpeg).metadata()
    expect(meta.format).toBe("jpeg")
    expect([meta.width, meta.height]).toEqual([800, 800])
    expect(jpeg.length).toBeGreaterThan(2_000)
    expect(jpeg.length).toBeLessThan(80_000)
  })

  it("keeps the group's colours (the background is not black)", async () => {
    const svg = productImageSvg({ title: "Trà", subtitle: "Gói 100 g", group: "do_uong", place: "Cao Bằng" })
    const { data } = await sharp(await rasteriseProductImage(svg)).extract({ left: 5, top: 300, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true })
    // do_uong background #eef3ea ≈ (238, 243, 234), give or take JPEG rounding.
    expect(Math.abs(data[0] - 238)).toBeLessThan(8)
    expect(Math.abs(data[1] - 243)).toBeLessThan(8)
  })
})
