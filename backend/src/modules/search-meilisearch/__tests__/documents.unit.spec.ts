import { MedusaError, search } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { prepareDocuments } from "../documents"
import { buildIndexPlan, dateShadowAttribute } from "../settings"
import { PRODUCTS, productDefinition } from "./fixtures"

const plan = buildIndexPlan(productDefinition())

describe("prepareDocuments", () => {
  it("keeps declared fields (retrievable or not), drops the rest, adds date shadows", () => {
    const [document] = prepareDocuments(
      [{ ...PRODUCTS[0], metadata: { secret: "x" }, variants: [{ sku: "BK-1" }] }],
      plan
    )
    expect(document).not.toHaveProperty("metadata")
    expect(document).not.toHaveProperty("variants")
    expect(document.title_ascii).toBe("banh khao trung khanh")
    expect(document.title).toBe("Bánh khảo Trùng Khánh")
    expect(document[dateShadowAttribute("certificate_valid_until")]).toBe(Date.parse("2027-06-30T00:00:00.000Z"))
    expect(document[dateShadowAttribute("created_at")]).toBe(Date.parse("2025-01-10T00:00:00.000Z"))
    expect(document.certificate_valid_until).toBe("2027-06-30T00:00:00.000Z")
  })

  it("reads Date objects and skips unparseable or missing dates", () => {
    const [withDate, withoutDate] = prepareDocuments(
      [
        { id: "prod_a", certificate_valid_until: new Date(86_400_000), created_at: "not a date" },
        { id: "prod_b" },
      ],
      plan
    )
    expect(withDate[dateShadowAttribute("certificate_valid_until")]).toBe(86_400_000)
    expect(withDate).not.toHaveProperty(dateShadowAttribute("created_at"))
    expect(withoutDate).toEqual({ id: "prod_b" })
  })

  it("writes an array shadow for dates inside arrays of objects", () => {
    const nested = buildIndexPlan({
      name: "producer",
      fields: search
        .define({
          id: search.keyword(),
          certificates: search.object({ expires_at: search.date().filterable() }).array(),
        })
        .toFields(),
    })
    const [document] = prepareDocuments(
      [{ id: "pro_1", certificates: [{ expires_at: "2026-01-01" }, { expires_at: "2027-01-01" }] }],
      nested
    )
    expect(document[dateShadowAttribute("certificates.expires_at")]).toEqual([
      Date.parse("2026-01-01"),
      Date.parse("2027-01-01"),
    ])
  })

  it("refuses ids Meilisearch cannot store", () => {
    expect(() => prepareDocuments([{ id: "prod 1" }], plan)).toThrow(MedusaError)
    expect(() => prepareDocuments([{ id: "sản-phẩm" }], plan)).toThrow(/letters, digits/)
    expect(prepareDocuments([{ id: "prod_01J-ABC" }], plan)).toEqual([{ id: "prod_01J-ABC" }])
  })
})
