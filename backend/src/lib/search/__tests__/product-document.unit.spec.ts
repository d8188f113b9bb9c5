import { describe, expect, it } from "vitest"
import { dayNumber, productDocument, type ProductSource } from "../product-document"

const base: ProductSource = {
  id: "prod_1",
  handle: "banh-khao-son-tong",
  title: "Bánh khảo Sơn Tòng".normalize("NFD"),
  subtitle: "Hộp 500 g",
  description: "Bánh khảo truyền thống",
  thumbnail: null,
  status: "published",
  created_at: "2026-01-02T03:04:05.000Z",
  tags: [{ value: "đặc sản" }, null],
  sales_channels: [{ id: "sc_1" }],
  variants: [
    {
      manage_inventory: true,
      allow_backorder: false,
      prices: [
        { amount: 85000, currency_code: "vnd" },
        { amount: 4, currency_code: "usd" },
      ],
      inventory_items: [{ inventory: { location_levels: [{ available_quantity: 0 }] } }],
    },
    { manage_inventory: true, prices: [{ amount: "70000", currency_code: "vnd" }], inventory_items: [] },
  ],
  ocop_producer: { id: "p1", handle: "son-tong", name: "Hộ kinh doanh Sơn Tòng", type: "ho_kinh_doanh", district: "thanh_pho_cao_bang", commune: "Thục Phán" },
  ocop_certificates: [
    { stars: 3, product_group: "thuc_pham", issued_at: "2021-01-01", expires_at: "2024-01-01", renewal_filed_at: null, revoked_at: null, superseded_at: "2023-12-20" },
    { stars: 4, product_group: "thuc_pham", issued_at: "2023-12-20", expires_at: "2026-12-20", renewal_filed_at: null, revoked_at: null, superseded_at: null },
  ],
}

describe("productDocument", () => {
  it("holds the searched text (NFC), the store scope and the OCOP facts of the current certificate", () => {
    const document = productDocument(base)
    expect(document).toMatchObject({
      id: "prod_1",
      title: "Bánh khảo Sơn Tòng",
      title_sort: "banh khao son tong",
      tags: ["đặc sản"],
      status: "published",
      sales_channel_ids: ["sc_1"],
      price_vnd: 70000,
      in_stock: false,
      producer_name: "Hộ kinh doanh Sơn Tòng",
      district: "thanh_pho_cao_bang",
      district_name: "Thành phố Cao Bằng",
      stars: 4,
      group: "thuc_pham",
      group_name: "Thực phẩm",
      ocop_valid_until: 20261220,
    })
    expect(document.title).toBe(document.title.normalize("NFC"))
  })

  it("is in stock with stock somewhere, backorders, or no stock tracking", () => {
    const withStock = structuredClone(base)
    withStock.variants = [{ manage_inventory: true, inventory_items: [{ inventory: { location_levels: [{ available_quantity: 3 }] } }] }]
    expect(productDocument(withStock).in_stock).toBe(true)
    expect(productDocument({ ...base, variants: [{ manage_inventory: false }] }).in_stock).toBe(true)
    expect(productDocument({ ...base, variants: [{ manage_inventory: true, allow_backorder: true }] }).in_stock).toBe(true)
  })

  it("has no OCOP facts without a current certificate, and ends validity on revocation", () => {
    expect(productDocument({ ...base, ocop_certificates: [] })).toMatchObject({ stars: null, group: null, ocop_valid_until: null })
    const revoked = structuredClone(base)
    revoked.ocop_certificates = [{ ...base.ocop_certificates![1]!, revoked_at: "2026-05-01" }]
    expect(productDocument(revoked).ocop_valid_until).toBe(dayNumber("2026-05-01"))
  })
})
