import { describe, expect, it } from "vitest"
import { decideClaim, stripClaimFromName, stripClaimSentences } from "../../../src/channels/mapping/certificate-policy"
import { listingName, listingSections, renderHtml, renderText } from "../../../src/channels/mapping/listing-text"
import { charLength, trimToWords } from "../../../src/channels/mapping/words"
import { banhKhao, mienDong, ruouNgo } from "./fixtures"

const withStatus = (status: "valid" | "expiring" | "expired" | "revoked" | "pending") => {
  const base = banhKhao()
  return base.certificate ? banhKhao({ certificate: { ...base.certificate, status } }) : base
}

describe("listing name", () => {
  it("names the pack and the OCOP claim while the certificate is valid", () => {
    const product = banhKhao()
    const name = listingName(product, decideClaim(product), 100, product.variants[0] ?? null)
    expect(name).toEqual({ name: "Bánh khảo Phục Hòa hộp 500 g – OCOP 4 sao Cao Bằng", trimmed: false })
  })

  it("keeps the claim while expiring, drops it when expired, revoked, pending or missing", () => {
    for (const status of ["valid", "expiring"] as const) {
      const product = withStatus(status)
      expect(listingName(product, decideClaim(product), 100, null).name).toContain("OCOP 4 sao")
    }
    for (const product of [withStatus("expired"), withStatus("revoked"), withStatus("pending"), banhKhao({ certificate: null })]) {
      const name = listingName(product, decideClaim(product), 100, null).name
      expect(name).toBe("Bánh khảo Phục Hòa")
    }
  })

  it("does not repeat the province already in the name", () => {
    const product = ruouNgo()
    expect(listingName(product, decideClaim(product), 100, null).name).toBe("Rượu ngô men lá Cao Bằng – OCOP 4 sao")
  })

  it("shortens the product words at a word boundary and keeps the claim whole", () => {
    const product = banhKhao({ title: "Bánh khảo nhân đường phên truyền thống của đồng bào Tày Phục Hòa" })
    const name = listingName(product, decideClaim(product), 50, null)
    expect(name.trimmed).toBe(true)
    expect(charLength(name.name)).toBeLessThanOrEqual(50)
    expect(name.name.endsWith(" – OCOP 4 sao Cao Bằng")).toBe(true)
    const words = name.name.replace(" – OCOP 4 sao Cao Bằng", "").split(" ")
    const source = product.title.split(" ")
    expect(words).toEqual(source.slice(0, words.length))
  })
})

describe("trimToWords", () => {
  it("cuts between Vietnamese words, never inside one", () => {
    expect(trimToWords("Bánh khảo Phục Hòa hộp 500 g", 20)).toEqual({ text: "Bánh khảo Phục Hòa", trimmed: true, cutWord: false })
    expect(trimToWords("Bánh khảo Phục Hòa hộp 500 g", 21)).toEqual({ text: "Bánh khảo Phục Hòa", trimmed: true, cutWord: false })
    expect(trimToWords("Bánh khảo Phục Hòa hộp 500 g", 22)).toEqual({ text: "Bánh khảo Phục Hòa hộp", trimmed: true, cutWord: false })
  })

  it("counts decomposed (NFD) accents as one character", () => {
    const nfd = "Mật ong bạc hà Đồng Văn".normalize("NFD")
    expect(nfd.length).toBeGreaterThan(23)
    expect(trimToWords(nfd, 23)).toEqual({ text: "Mật ong bạc hà Đồng Văn", trimmed: false, cutWord: false })
  })

  it("cuts inside a word only when one word is longer than the limit, and says so", () => {
    expect(trimToWords("Bánhkhảonhânđường", 8)).toEqual({ text: "Bánhkhảo", trimmed: true, cutWord: true })
  })

  it("drops a dangling separator left by the cut", () => {
    expect(trimToWords("Chè Shan tuyết – hộp thiếc 100 g", 16).text).toBe("Chè Shan tuyết")
  })
})

describe("description", () => {
  it("carries the OCOP block, producer, label and prose", () => {
    const product = banhKhao()
    const text = renderText(listingSections(product, decideClaim(product)))
    for (const part of [
      "SẢN PHẨM OCOP 4 SAO TỈNH CAO BẰNG",
      "Số giấy chứng nhận: 125/GCN-OCOP",
      "Quyết định: Quyết định số 1520/QĐ-UBND ngày 15/12/2023",
      "Cơ quan cấp: UBND tỉnh Cao Bằng",
      "Hiệu lực đến: 15/12/2026",
      "HTX Bánh khảo Phục Hòa (Hợp tác xã)",
      "Thị trấn Hòa Thuận, huyện Phục Hòa, tỉnh Cao Bằng",
      "Thành phần: Gạo nếp, đường phên, lạc",
      "Hạn sử dụng: 6 tháng",
      "Bảo quản: Nơi khô ráo, thoáng mát",
      "Xuất xứ: Phục Hòa, Cao Bằng, Việt Nam",
      "Bánh khảo làm từ gạo nếp",
    ]) {
      expect(text).toContain(part)
    }
  })

  it("says nothing of OCOP or stars once the certificate is expired or revoked", () => {
    for (const product of [withStatus("expired"), withStatus("revoked"), banhKhao({ certificate: null })]) {
      const claim = decideClaim(product)
      const text = renderText(listingSections(product, claim))
      const html = renderHtml(listingSections(product, claim))
      for (const output of [text, html]) {
        expect(output).not.toMatch(/OCOP/i)
        expect(output).not.toContain("125/GCN")
        expect(output).not.toMatch(/\d sao|★/)
      }
      // The seed-style sentence "Sản phẩm đạt OCOP 4 sao năm 2023." goes, the rest stays.
      expect(text).toContain("Bánh khảo làm từ gạo nếp Phục Hòa rang thơm")
      expect(text).toContain("Đóng hộp giấy, hợp làm quà.")
    }
  })

  it("warns minors off spirits and gives the strength", () => {
    const product = ruouNgo()
    const text = renderText(listingSections(product, decideClaim(product)))
    expect(text).toContain("Độ cồn: 29,5% vol")
    expect(text).toContain("Không dành cho người dưới 18 tuổi")
    const cake = banhKhao()
    expect(renderText(listingSections(cake, decideClaim(cake)))).not.toContain("18 tuổi")
  })

  it("escapes HTML for Lazada", () => {
    const product = mienDong({ description: "Sợi <dai> & trong" })
    expect(renderHtml(listingSections(product, decideClaim(product)))).toContain("<p>Sợi &lt;dai&gt; &amp; trong</p>")
  })
})

describe("claim stripping helpers", () => {
  it("removes OCOP phrases from names", () => {
    expect(stripClaimFromName("Chè Shan tuyết – OCOP 4 sao Cao Bằng")).toBe("Chè Shan tuyết")
    expect(stripClaimFromName("Miến dong (OCOP 3★)")).toBe("Miến dong")
  })

  it("removes only the sentences that make the claim", () => {
    expect(stripClaimSentences("Sợi dai. Được nâng hạng từ OCOP 3 sao lên 4 sao năm 2023. Không chất tẩy trắng.")).toBe("Sợi dai. Không chất tẩy trắng.")
  })

  it("marks the listing for withdrawal under the unlist policy", () => {
    const claim = decideClaim(withStatus("expired"), { onInvalidCertificate: "unlist", claimStatuses: ["valid", "expiring"] })
    expect(claim).toMatchObject({ show: false, unlist: true })
  })
})
