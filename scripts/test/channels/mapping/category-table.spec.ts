import { describe, expect, it } from "vitest"
import { lazadaCategory, loadCategoryTable, parseCategoryTable, shopeeCategory, unmappedKeys } from "../../../src/channels/mapping/category-table"

describe("category table", () => {
  it("loads the shipped table and maps the Cao Bằng product sets", () => {
    const table = loadCategoryTable()
    for (const key of ["che_bien_tu_gao_ngu_coc", "che_tuoi_che_bien", "ruou_trang", "mat_ong_nong_san_khac", "che_bien_tu_rau_cu_qua_hat", "thu_cong_gia_dung_trang_tri"]) {
      const shopee = shopeeCategory(table, key)
      const lazada = lazadaCategory(table, key)
      expect(shopee.ok && shopee.entry.categoryId > 0).toBe(true)
      expect(lazada.ok && lazada.entry.primaryCategory > 0).toBe(true)
    }
  })

  it("names every shape error at once", () => {
    const bad = {
      categories: {
        ruou_trang: { shopee: { category_id: "100897" }, lazada: { primary_category: 1, attributes: { volume: [] } } },
        che_tuoi_che_bien: { shopee: null },
      },
    }
    expect(() => parseCategoryTable(bad, "bad.json")).toThrow(/categories\.ruou_trang\.shopee\.category_id[\s\S]*attributes\.volume[\s\S]*che_tuoi_che_bien\.lazada: missing/)
    expect(() => parseCategoryTable([], "bad.json")).toThrow(/categories/)
  })

  it("gives a refusal reason for an unmapped key and for a platform kept off", () => {
    const table = parseCategoryTable({
      categories: { du_lich_cong_dong_sinh_thai: { shopee: null, lazada: null, note: "dịch vụ, không phải hàng hoá" }, gao_ngu_coc: { shopee: { category_id: 5 }, lazada: null } },
    })
    const unknown = shopeeCategory(table, "khong_co")
    expect(unknown.ok).toBe(false)
    if (!unknown.ok) expect(unknown.problem).toMatchObject({ field: "categoryKey", message: expect.stringContaining("khong_co") })
    const kept = lazadaCategory(table, "du_lich_cong_dong_sinh_thai")
    if (kept.ok) throw new Error("expected a refusal")
    expect(kept.problem.message).toContain("dịch vụ, không phải hàng hoá")
    expect(unmappedKeys(table, ["gao_ngu_coc", "khong_co", "gao_ngu_coc"], "lazada")).toEqual(["gao_ngu_coc", "khong_co"])
    expect(unmappedKeys(table, ["gao_ngu_coc"], "shopee")).toEqual([])
  })
})
