import { describe, expect, it } from "vitest"
import {
  criteriaVersionOn,
  expiryFor,
  scoreMatchesStars,
  statusOn,
  validOn,
} from "../../../../modules/ocop/domain/certificate-rules"
import { PRODUCT_SETS, type ProductGroup } from "../../../../modules/ocop/domain/classification"
import { isEmail, normalizeVietnamesePhone } from "../../../../modules/ocop/domain/contact"
import { addDays, isDay } from "../../../../modules/ocop/domain/dates"
import { DISTRICT_CODES, communeLabel, findCommune } from "../../../../modules/ocop/domain/geography"
import type { ProducerType } from "../../../../modules/ocop/domain/producer-types"
import { HANDLE_PATTERN, slugify } from "../../../../modules/ocop/domain/text"
import { PRODUCERS } from "../producers"
import { PRODUCTS } from "../products"
import type { SeedCertificate, SeedProduct } from "../types"

/** The day the catalogue's certificate mix is described for. */
const TODAY = "2026-11-29"
/** The report's "as of" day: every seeded certificate counted then. */
const REPORT_DAY = "2024-06-30"

const SPIRIT_WARNING = "Không dành cho người dưới 18 tuổi. Không uống rượu bia khi tham gia giao thông."
const SKU_PATTERN = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/
const CERTIFICATE_NUMBER = /^OCOP-CB-(\d{4})-\d{3}$/
const DECISION_NUMBER = /^\d+\/QĐ-UBND$/

const countBy = <T, K extends string | number>(items: readonly T[], key: (item: T) => K): Record<string, number> => {
  const counts: Record<string, number> = {}
  for (const item of items) counts[String(key(item))] = (counts[String(key(item))] ?? 0) + 1
  return counts
}
const sentences = (text: string): number => text.trim().split(/(?<=[.!?])\s+/).filter(Boolean).length
const isMobile = (phone: string): boolean => /^\+84[35789]\d{8}$/.test(normalizeVietnamesePhone(phone) ?? "")
const isCaoBangLandline = (phone: string): boolean => /^\+84206\d{7}$/.test(normalizeVietnamesePhone(phone) ?? "")

const groupOf = (product: SeedProduct): ProductGroup => PRODUCT_SETS[product.product_set].group
const allCertificates = (): SeedCertificate[] => PRODUCTS.flatMap((p) => (p.renewal ? [p.certificate, p.renewal] : [p.certificate]))
const facts = (product: SeedProduct) => ({
  issued_at: product.certificate.issued_at,
  expires_at: expiryFor(product.certificate.issued_at),
  revoked_at: product.revoked?.at ?? null,
  renewal_filed_at: product.renewal_filed_at ?? null,
})
const producerOf = (key: string) => {
  const producer = PRODUCERS.find((p) => p.key === key)
  if (!producer) throw new Error(`No producer ${key}`)
  return producer
}
const productByHandle = (handle: string): SeedProduct => {
  const product = PRODUCTS.find((p) => p.handle === handle)
  if (!product) throw new Error(`No product ${handle}`)
  return product
}

describe("seed producers", () => {
  it("has the report's 91 producers by type", () => {
    expect(PRODUCERS).toHaveLength(91)
    const byType = countBy(PRODUCERS, (p) => p.type)
    const expected: Record<ProducerType, number> = { hop_tac_xa: 27, to_hop_tac: 7, doanh_nghiep: 10, ho_kinh_doanh: 47 }
    expect(byType).toEqual(expected)
  })

  it("has unique lowercase kebab-case keys", () => {
    const keys = PRODUCERS.map((p) => p.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const key of keys) expect(key).toMatch(HANDLE_PATTERN)
  })

  it("puts every producer in a commune of its own district, with at least 3 producers per district", () => {
    for (const producer of PRODUCERS) {
      const commune = findCommune(producer.commune)
      expect(commune, `${producer.key}: ${producer.commune}`).toBeDefined()
      expect(commune?.district, producer.key).toBe(producer.district)
      expect(producer.street.trim().length).toBeGreaterThan(0)
    }
    const byDistrict = countBy(PRODUCERS, (p) => p.district)
    for (const district of DISTRICT_CODES) expect(byDistrict[district] ?? 0, district).toBeGreaterThanOrEqual(3)
  })

  it("has valid Vietnamese phones, Zalo mobiles and emails", () => {
    for (const producer of PRODUCERS) {
      expect(normalizeVietnamesePhone(producer.phone), `${producer.key}: ${producer.phone}`).not.toBeNull()
      expect(isMobile(producer.phone) || isCaoBangLandline(producer.phone), producer.phone).toBe(true)
      if (producer.zalo !== undefined) expect(isMobile(producer.zalo), `${producer.key} zalo ${producer.zalo}`).toBe(true)
      if (producer.email !== undefined) expect(isEmail(producer.email), producer.email).toBe(true)
      if (producer.registration_number !== undefined) expect(producer.registration_number).toMatch(/^\d{10}$/)
    }
    const phones = PRODUCERS.map((p) => normalizeVietnamesePhone(p.phone))
    expect(new Set(phones).size).toBe(phones.length)
  })

  it("tells a 2–4 sentence story for each producer", () => {
    for (const producer of PRODUCERS) {
      const count = sentences(producer.story)
      expect(count, producer.key).toBeGreaterThanOrEqual(2)
      expect(count, producer.key).toBeLessThanOrEqual(4)
    }
  })

  it("keeps the documented producers real and writes their invented phone in sample form", () => {
    const real = [
      "htx-nong-san-tan-viet-a",
      "htx-tam-hoa",
      "co-so-truc-mai",
      "cong-ty-tnhh-kolia-cao-bang",
      "htx-khau-sli-na-giang",
      "htx-nong-nghiep-ba-sach-hung-dao",
      "htx-nong-nghiep-yen-cong",
      "cong-ty-tnhh-cao-tuyen",
      "cong-ty-tnhh-san-xuat-va-thuong-mai-phan-hoang",
      "hkd-son-tong",
      "hkd-to-ai-thuong",
      "hkd-pham-thi-ngoi",
      "dntn-668-bao-lam",
    ]
    expect(PRODUCERS.filter((p) => !p.is_sample).map((p) => p.key).sort()).toEqual([...real].sort())
    for (const key of real) expect(producerOf(key).phone, key).toMatch(/^0206 3\d{3} \d{3}$/)
    expect(producerOf("htx-nong-san-tan-viet-a")).toMatchObject({ district: "nguyen_binh", commune: "Minh Tâm", type: "hop_tac_xa" })
    expect(producerOf("cong-ty-tnhh-kolia-cao-bang")).toMatchObject({ district: "nguyen_binh", commune: "Thành Công", type: "doanh_nghiep" })
    expect(producerOf("htx-khau-sli-na-giang").district).toBe("ha_quang")
    expect(producerOf("htx-nong-nghiep-ba-sach-hung-dao").district).toBe("thanh_pho_cao_bang")
    expect(producerOf("hkd-son-tong")).toMatchObject({ district: "thanh_pho_cao_bang", representative: "Lâm Thanh Quý", street: "Tổ 12", type: "ho_kinh_doanh" })
    expect(["Thục Phán", "Nùng Trí Cao", "Tân Giang"]).toContain(producerOf("hkd-son-tong").commune)
    expect(producerOf("dntn-668-bao-lam")).toMatchObject({ district: "bao_lam", type: "doanh_nghiep" })
  })
})

describe("seed products: the report's distribution", () => {
  it("has 144 products: 13 at 4 stars, 131 at 3 stars", () => {
    expect(PRODUCTS).toHaveLength(144)
    expect(countBy(PRODUCTS, (p) => p.stars)).toEqual({ 3: 131, 4: 13 })
  })

  it("has 124 food, 11 beverage, 6 handicraft and 3 tourism products", () => {
    const expected: Partial<Record<ProductGroup, number>> = { thuc_pham: 124, do_uong: 11, thu_cong_my_nghe: 6, dich_vu_du_lich: 3 }
    expect(countBy(PRODUCTS, groupOf)).toEqual(expected)
  })

  it("links every product to a producer and every producer to at least one product", () => {
    const keys = new Set(PRODUCERS.map((p) => p.key))
    for (const product of PRODUCTS) expect(keys.has(product.producer), product.producer).toBe(true)
    const used = new Set(PRODUCTS.map((p) => p.producer))
    expect(PRODUCERS.filter((p) => !used.has(p.key)).map((p) => p.key)).toEqual([])
  })

  it("counts every certificate as valid on the report day", () => {
    for (const product of PRODUCTS) expect(validOn(facts(product), REPORT_DAY), product.handle).toBe(true)
  })
})

describe("seed products: identity", () => {
  it("has unique handles slugged from the Vietnamese title", () => {
    const handles = PRODUCTS.map((p) => p.handle)
    expect(new Set(handles).size).toBe(handles.length)
    for (const product of PRODUCTS) {
      expect(product.handle).toMatch(HANDLE_PATTERN)
      expect(product.handle).toBe(slugify(product.title))
    }
  })

  it("has unique uppercase SKUs", () => {
    const skus = PRODUCTS.flatMap((p) => p.variants.map((v) => v.sku))
    expect(new Set(skus).size).toBe(skus.length)
    for (const sku of skus) expect(sku).toMatch(SKU_PATTERN)
  })

  it("has unique certificate numbers, renewals included", () => {
    const certificates = allCertificates()
    const numbers = certificates.map((c) => c.number)
    expect(new Set(numbers).size).toBe(numbers.length)
    for (const certificate of certificates) {
      const match = CERTIFICATE_NUMBER.exec(certificate.number)
      expect(match, certificate.number).not.toBeNull()
      expect(match?.[1]).toBe(certificate.issued_at.slice(0, 4))
      expect(certificate.decision_number).toMatch(DECISION_NUMBER)
    }
  })
})

describe("seed products: documented products", () => {
  const documented: [string, 3 | 4][] = [
    ["mien-dong-tan-viet-a", 4],
    ["lap-suon-tam-hoa", 4],
    ["nam-huong-truc-mai", 4],
    ["luc-tra-kolia", 4],
    ["hong-tra-kolia", 4],
    ["tra-o-long-kolia", 4],
    ["ruou-ngo-dai-hoang-cao-bang", 4],
    ["ruou-ngo-dai-hoang-long-phung", 4],
    ["ruou-ngo-dai-hoang-tien-tuu", 4],
    ["tra-xanh-tai-ho-sin", 3],
    ["mat-ong-rung-hoang-tung", 3],
    ["bun-trang-kho-co-luyen", 3],
    ["bun-cam-kho-co-luyen", 3],
    ["mien-dong-cuong-yen", 3],
    ["thach-den-su-hao", 3],
    ["ruou-ngo-binh-long", 3],
    ["gao-nhat-cao-bang", 3],
    ["ruou-gao-nhat-cao-bang", 3],
    ["com-chay-huy-hoang", 3],
    ["mat-ong-hoa-tu-nhien-binh-duong", 3],
    ["khau-sli-na-giang", 3],
    ["ruou-ngo-dinh-dong", 3],
    ["ruou-ngo-cai-van", 3],
    ["me-farmstay", 3],
    ["lac-do-luc-khu", 3],
    ["lap-suon-lon-den-ha-quang", 3],
    ["gao-nep-huong-bao-lac", 3],
  ]

  it("keeps documented stars and is_sample: false, and nothing else is marked real", () => {
    for (const [handle, stars] of documented) {
      const product = productByHandle(handle)
      expect(product.stars, handle).toBe(stars)
      expect(product.is_sample, handle).toBe(false)
      expect(product.renewal, handle).toBeUndefined()
    }
    expect(PRODUCTS.filter((p) => !p.is_sample)).toHaveLength(documented.length)
  })

  it("links documented products to their documented producers and places", () => {
    expect(productByHandle("mien-dong-tan-viet-a").producer).toBe("htx-nong-san-tan-viet-a")
    expect(productByHandle("lap-suon-tam-hoa").producer).toBe("htx-tam-hoa")
    expect(productByHandle("nam-huong-truc-mai").producer).toBe("co-so-truc-mai")
    for (const handle of ["luc-tra-kolia", "hong-tra-kolia", "tra-o-long-kolia"]) expect(productByHandle(handle).producer).toBe("cong-ty-tnhh-kolia-cao-bang")
    expect(productByHandle("khau-sli-na-giang").producer).toBe("htx-khau-sli-na-giang")
    expect(productByHandle("gao-nep-huong-bao-lac").producer).toBe("dntn-668-bao-lam")
    const hoaAn = ["ruou-ngo-dai-hoang-cao-bang", "tra-xanh-tai-ho-sin", "mat-ong-rung-hoang-tung", "mien-dong-cuong-yen", "thach-den-su-hao"]
    for (const handle of hoaAn) expect(producerOf(productByHandle(handle).producer).district, handle).toBe("hoa_an")
    const haQuang = ["ruou-ngo-dinh-dong", "lac-do-luc-khu", "me-farmstay", "lap-suon-lon-den-ha-quang"]
    for (const handle of haQuang) expect(producerOf(productByHandle(handle).producer).district, handle).toBe("ha_quang")
  })

  it("seeds documented products with unknown stars at 3 stars as sample certificates", () => {
    const unknownStars: [string, string][] = [
      ["banh-khao-son-tong", "hkd-son-tong"],
      ["bun-kho-ba-sach-hung-dao", "htx-nong-nghiep-ba-sach-hung-dao"],
      ["thach-den-thach-an", "tht-thach-den-dong-khe"],
      ["hat-de-trung-khanh", "htx-hat-de-trung-khanh"],
      ["bun-mau-to-ai-thuong", "hkd-to-ai-thuong"],
      ["mat-ong-doan-linh", "co-so-mat-ong-doan-linh"],
    ]
    for (const [handle, producer] of unknownStars) {
      const product = productByHandle(handle)
      expect(product).toMatchObject({ stars: 3, is_sample: true, producer })
    }
    expect(producerOf("co-so-mat-ong-doan-linh").district).toBe("nguyen_binh")
    expect(producerOf("htx-hat-de-trung-khanh").district).toBe("trung_khanh")
    expect(producerOf("tht-thach-den-dong-khe").district).toBe("thach_an")
  })
})

describe("seed products: certificates", () => {
  it("issues every certificate between 2021-07-01 and 2024-06-30, spread over the years", () => {
    for (const product of PRODUCTS) {
      const day = product.certificate.issued_at
      expect(isDay(day), day).toBe(true)
      expect(day >= "2021-07-01" && day <= "2024-06-30", `${product.handle} ${day}`).toBe(true)
      expect(["1048/2019", "148/2023"]).toContain(criteriaVersionOn(day))
    }
    const byYear = countBy(PRODUCTS, (p) => p.certificate.issued_at.slice(0, 4))
    for (const year of ["2021", "2022", "2023", "2024"]) expect(byYear[year] ?? 0, year).toBeGreaterThan(0)
  })

  it("has at least 25 certificates issued 2023-11-30 … 2024-06-30, still valid or expiring today", () => {
    const recent = PRODUCTS.filter((p) => p.certificate.issued_at >= "2023-11-30" && p.certificate.issued_at <= "2024-06-30")
    expect(recent.length).toBeGreaterThanOrEqual(25)
    for (const product of recent) expect(["active", "expiring", "revoked"]).toContain(statusOn(facts(product), TODAY))
  })

  it("renews about 40 certificates after 2024-06-30, with a few raised from 3 to 4 stars", () => {
    const renewed = PRODUCTS.filter((p) => p.renewal)
    expect(renewed.length).toBeGreaterThanOrEqual(35)
    expect(renewed.length).toBeLessThanOrEqual(45)
    for (const product of renewed) {
      const renewal = product.renewal
      if (!renewal) continue
      expect(isDay(renewal.issued_at)).toBe(true)
      expect(renewal.issued_at >= "2024-07-01" && renewal.issued_at <= "2026-10-31", `${product.handle} ${renewal.issued_at}`).toBe(true)
      expect(renewal.issued_at > product.certificate.issued_at).toBe(true)
      expect(product.renewal_filed_at).toBeUndefined()
      expect(product.revoked).toBeUndefined()
      expect(product.is_sample).toBe(true)
    }
    const raised = renewed.filter((p) => p.renewal?.stars !== undefined && p.renewal.stars !== p.stars)
    expect(raised.length).toBeGreaterThanOrEqual(2)
    expect(raised.length).toBeLessThanOrEqual(3)
    for (const product of raised) expect([product.stars, product.renewal?.stars]).toEqual([3, 4])
  })

  it("has about 6 renewals filed 60–170 days before expiry, now in grace", () => {
    const pending = PRODUCTS.filter((p) => p.renewal_filed_at !== undefined)
    expect(pending.length).toBeGreaterThanOrEqual(4)
    expect(pending.length).toBeLessThanOrEqual(8)
    for (const product of pending) {
      const filed = product.renewal_filed_at ?? ""
      const expiry = expiryFor(product.certificate.issued_at)
      expect(filed >= addDays(expiry, -170) && filed <= addDays(expiry, -60), `${product.handle} ${filed} / ${expiry}`).toBe(true)
      expect(product.renewal).toBeUndefined()
      expect(expiry <= TODAY).toBe(true)
      expect(statusOn(facts(product), TODAY)).toBe("renewal_pending")
    }
  })

  it("revokes about 2 sample certificates after 2024-06-30 with a reason", () => {
    const revoked = PRODUCTS.filter((p) => p.revoked)
    expect(revoked.length).toBeGreaterThanOrEqual(1)
    expect(revoked.length).toBeLessThanOrEqual(3)
    for (const product of revoked) {
      const at = product.revoked?.at ?? ""
      expect(product.is_sample).toBe(true)
      expect(isDay(at) && at > REPORT_DAY && at <= TODAY, at).toBe(true)
      expect(at < expiryFor(product.certificate.issued_at)).toBe(true)
      expect(product.revoked?.reason.trim().length).toBeGreaterThan(10)
      expect(statusOn(facts(product), TODAY)).toBe("revoked")
    }
  })

  it("leaves many older certificates expired without renewal today", () => {
    const lapsed = PRODUCTS.filter((p) => !p.renewal && statusOn(facts(p), TODAY) === "expired")
    expect(lapsed.length).toBeGreaterThanOrEqual(40)
    for (const product of lapsed) expect(product.certificate.issued_at < "2023-11-29").toBe(true)
  })

  it("gives a score on roughly half of the certificates, always agreeing with the stars", () => {
    let scored = 0
    for (const product of PRODUCTS) {
      if (product.certificate.score !== undefined) {
        scored++
        expect(scoreMatchesStars(product.certificate.score, product.stars), product.handle).toBe(true)
      }
      const renewal = product.renewal
      if (renewal?.score !== undefined) expect(scoreMatchesStars(renewal.score, renewal.stars ?? product.stars), product.handle).toBe(true)
    }
    expect(scored).toBeGreaterThanOrEqual(50)
    expect(scored).toBeLessThanOrEqual(95)
  })
})

describe("seed products: listing content", () => {
  it("labels every product with its producer's commune as origin", () => {
    for (const product of PRODUCTS) {
      const commune = findCommune(producerOf(product.producer).commune)
      if (!commune) throw new Error(product.producer)
      const label = communeLabel(commune)
      expect(product.label.origin).toBe(`${label.charAt(0).toUpperCase()}${label.slice(1)}, tỉnh Cao Bằng, Việt Nam`)
      for (const field of [product.label.net_quantity, product.label.ingredients, product.label.shelf_life, product.label.storage]) {
        expect(field.trim().length, product.handle).toBeGreaterThan(0)
      }
    }
  })

  it("gives every spirit its alcohol content and the legal warning, and nothing else an alcohol content", () => {
    const spirits = PRODUCTS.filter((p) => p.product_set === "ruou_trang" || p.product_set === "do_uong_co_con_khac")
    expect(spirits.length).toBeGreaterThan(0)
    for (const product of spirits) {
      const percent = product.label.alcohol_percent
      expect(percent, product.handle).toBeDefined()
      expect(percent !== undefined && percent >= 29 && percent <= 45, `${product.handle} ${percent}`).toBe(true)
      expect(product.label.warnings).toBe(SPIRIT_WARNING)
    }
    for (const product of PRODUCTS.filter((p) => !spirits.includes(p))) expect(product.label.alcohol_percent, product.handle).toBeUndefined()
  })

  it("does not ship tourism services and ships everything else", () => {
    for (const product of PRODUCTS) {
      const tourism = groupOf(product) === "dich_vu_du_lich"
      expect(product.shippable, product.handle).toBe(!tourism)
      if (tourism) expect(product.label.ingredients).toBe("Không áp dụng")
    }
  })

  it("has 1–2 variants with whole-thousand VND prices, stock 0–300 and parcel sizes", () => {
    let outOfStock = 0
    for (const product of PRODUCTS) {
      expect(product.variants.length, product.handle).toBeGreaterThanOrEqual(1)
      expect(product.variants.length, product.handle).toBeLessThanOrEqual(2)
      expect(product.subtitle).toBe(product.variants[0].title)
      for (const variant of product.variants) {
        expect(Number.isInteger(variant.price) && variant.price > 0, `${variant.sku} ${variant.price}`).toBe(true)
        expect(variant.price % 1000, variant.sku).toBe(0)
        expect(Number.isInteger(variant.stock) && variant.stock >= 0 && variant.stock <= 300, variant.sku).toBe(true)
        if (variant.stock === 0) outOfStock++
        if (product.shippable) {
          for (const n of [variant.weight_g, variant.length_cm, variant.width_cm, variant.height_cm]) expect(n, variant.sku).toBeGreaterThan(0)
        }
      }
    }
    expect(outOfStock).toBeGreaterThan(0)
  })

  it("prices typical products in realistic ranges", () => {
    const priceOf = (handle: string): number => productByHandle(handle).variants[0].price
    expect(priceOf("banh-khao-son-tong")).toBeGreaterThanOrEqual(45_000)
    expect(priceOf("banh-khao-son-tong")).toBeLessThanOrEqual(120_000)
    for (const product of PRODUCTS.filter((p) => p.product_set === "ruou_trang")) {
      for (const v of product.variants) expect(v.price >= 80_000 && v.price <= 250_000, v.sku).toBe(true)
    }
    for (const product of PRODUCTS.filter((p) => p.product_set === "che_tuoi_che_bien")) {
      for (const v of product.variants) expect(v.price >= 90_000 && v.price <= 400_000, v.sku).toBe(true)
    }
    for (const product of PRODUCTS.filter((p) => p.product_set === "du_lich_cong_dong_sinh_thai")) {
      expect(product.variants[0].price >= 300_000 && product.variants[0].price <= 700_000).toBe(true)
    }
  })

  it("writes 2–3 sentence descriptions and 2–4 lowercase tags", () => {
    for (const product of PRODUCTS) {
      const count = sentences(product.description)
      expect(count, product.handle).toBeGreaterThanOrEqual(2)
      expect(count, product.handle).toBeLessThanOrEqual(3)
      expect(product.tags.length, product.handle).toBeGreaterThanOrEqual(2)
      expect(product.tags.length, product.handle).toBeLessThanOrEqual(4)
      for (const tag of product.tags) expect(tag).toBe(tag.toLocaleLowerCase("vi"))
      expect(new Set(product.tags).size).toBe(product.tags.length)
    }
  })
})
