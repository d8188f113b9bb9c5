import { describe, expect, it } from "vitest"
import {
  communeLabel,
  DISTRICT_CODES,
  districtLabel,
  groupLabel,
  PRODUCER_TYPE_CODES,
  PRODUCT_GROUP_CODES,
  PRODUCT_SETS,
  placeLabel,
  producerTypeLabel,
  productSetLabel,
} from "./ocop-labels"

describe("OCOP labels", () => {
  it("has the 6 groups, 26 product sets, 10 districts and 4 producer types of the backend", () => {
    expect(PRODUCT_GROUP_CODES).toHaveLength(6)
    expect(Object.keys(PRODUCT_SETS)).toHaveLength(26)
    expect(DISTRICT_CODES).toHaveLength(10)
    expect(PRODUCER_TYPE_CODES).toEqual(["hop_tac_xa", "to_hop_tac", "doanh_nghiep", "ho_kinh_doanh"])
  })

  it("labels codes in Vietnamese and English", () => {
    expect(groupLabel("do_uong", "vi")).toBe("Đồ uống")
    expect(groupLabel("do_uong", "en")).toBe("Beverages")
    expect(productSetLabel("ruou_trang", "vi")).toBe("Rượu trắng")
    expect(districtLabel("hoa_an", "vi")).toBe("Hòa An")
    expect(districtLabel("thanh_pho_cao_bang", "en")).toBe("Cao Bằng City")
    expect(producerTypeLabel("ho_kinh_doanh", "en")).toBe("Household business")
  })

  it("shows an unknown code as it is", () => {
    expect(groupLabel("new_group", "vi")).toBe("new_group")
    expect(districtLabel("constructor", "en")).toBe("constructor")
  })

  it("writes communes as on an address: wards are phường, the rest xã", () => {
    expect(communeLabel("Thục Phán", "vi")).toBe("phường Thục Phán")
    expect(communeLabel("Minh Tâm", "vi")).toBe("xã Minh Tâm")
    expect(communeLabel("Tân Giang", "en")).toBe("Tân Giang Ward")
    expect(communeLabel("Minh Tâm", "en")).toBe("Minh Tâm Commune")
  })

  it("builds a place from commune and legacy district", () => {
    expect(placeLabel("Minh Tâm", "nguyen_binh", "vi")).toBe("xã Minh Tâm, Nguyên Bình, Cao Bằng")
    expect(placeLabel(null, "hoa_an", "en")).toBe("Hòa An, Cao Bằng")
  })
})
