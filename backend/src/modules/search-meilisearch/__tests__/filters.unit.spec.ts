import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { andFilters, compileFilters, formatFilterNumber, quoteFilterString } from "../filters"
import { buildIndexPlan, dateShadowAttribute } from "../settings"
import { expectMedusaError, productDefinition } from "./fixtures"

const plan = buildIndexPlan(productDefinition())
const context = { fields: plan.fields, indexName: "product" }

function compile(filters: SearchTypes.SearchFilters): string {
  const compiled = compileFilters(filters, context)
  if (compiled.kind !== "filter") throw new Error(`expected a filter, got ${compiled.kind}`)
  return compiled.filter
}

/**
 * Reads a double-quoted value the way Meilisearch's filter parser does
 * (crates/filter-parser/src/value.rs): a backslash skips the next character,
 * the first bare quote ends the value, `\"` is unescaped, then backslash
 * escape sequences are resolved. Returns the value and what follows it.
 */
function readQuoted(input: string): { value: string; rest: string } {
  if (input[0] !== '"') throw new Error("not a quoted value")
  let end = -1
  for (let i = 1; i < input.length; i++) {
    if (input[i] === "\\") {
      i++
      continue
    }
    if (input[i] === '"') {
      end = i
      break
    }
  }
  if (end < 0) throw new Error("unterminated quoted value")
  const raw = input.slice(1, end).split('\\"').join('"')
  let value = ""
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === "\\" && i + 1 < raw.length) {
      const next = raw[++i]
      value += next === "n" ? "\n" : next === "t" ? "\t" : next
      continue
    }
    value += raw[i]
  }
  return { value, rest: input.slice(end + 1) }
}

describe("quoteFilterString", () => {
  const hostile = [
    '" OR 1=1',
    '" OR status = "draft',
    'abc\\',
    '\\" OR id EXISTS OR "',
    "AND",
    "NOT status IN [draft]",
    'a"b\\"c\\\\d',
    "Bánh khảo \"Trùng Khánh\" (hộp 500g) \\ đặc biệt",
    "line\nbreak\tand tab",
    "",
  ]

  it.each(hostile)("keeps %j one value that Meilisearch reads back unchanged", (text) => {
    const literal = quoteFilterString(text)
    const { value, rest } = readQuoted(`${literal} AND price > 0`)
    expect(value).toBe(text)
    expect(rest).toBe(" AND price > 0")
  })
})

describe("compileFilters", () => {
  it("compiles equality, lists and the store scoping filters", () => {
    expect(compile({ status: "published" })).toBe('status = "published"')
    expect(compile({ status: "published", sales_channel_ids: ["sc_1", "sc_2"] })).toBe(
      'status = "published" AND sales_channel_ids IN ["sc_1", "sc_2"]'
    )
    expect(compile({ district: { $in: ["Trùng Khánh", "Hòa An"] } })).toBe('district IN ["Trùng Khánh", "Hòa An"]')
    expect(compile({ group: { $ne: "handicraft" } })).toBe('group != "handicraft"')
    expect(compile({ producer_type: { $nin: ["household"] } })).toBe('NOT (producer_type = "household")')
  })

  it("compiles numeric ranges and casts values to the field type", () => {
    expect(compile({ price: { $gte: 50000, $lte: 100000 } })).toBe("price >= 50000 AND price <= 100000")
    expect(compile({ stars: { $gt: "3" } })).toBe("stars > 3")
    expect(compile({ stars: 4 })).toBe("stars = 4")
    expect(compile({ in_stock: "true" })).toBe("in_stock = true")
    expect(compile({ handle: 42 })).toBe('handle = "42"')
    expect(compile({ price: { $lt: 1e-7 } })).toBe("price < 0.0000001")
  })

  it("filters dates as epoch milliseconds on their shadow attribute", () => {
    const attribute = dateShadowAttribute("certificate_valid_until")
    expect(compile({ certificate_valid_until: { $gte: "2026-01-01T00:00:00.000Z" } })).toBe(
      `${attribute} >= ${Date.parse("2026-01-01T00:00:00.000Z")}`
    )
    expect(compile({ certificate_valid_until: { $gt: new Date(0) } })).toBe(`${attribute} > 0`)
  })

  it("expresses presence, absence and null", () => {
    expect(compile({ certificate_valid_until: { $exists: true } })).toBe(
      `${dateShadowAttribute("certificate_valid_until")} EXISTS AND ${dateShadowAttribute("certificate_valid_until")} IS NOT NULL`
    )
    expect(compile({ group: null })).toBe("group NOT EXISTS OR group IS NULL")
    expect(compile({ group: { $ne: null } })).toBe("group EXISTS AND group IS NOT NULL")
    expect(compile({ group: ["food", null] })).toBe('group NOT EXISTS OR group IS NULL OR group = "food"')
    expect(compile({ in_stock: true, group: ["food", null] })).toBe(
      'in_stock = true AND (group NOT EXISTS OR group IS NULL OR group = "food")'
    )
  })

  it("nests $and, $or and $not with parentheses", () => {
    expect(
      compile({
        status: "published",
        $or: [{ district: "Trùng Khánh" }, { price: { $lt: 50000 }, in_stock: true }],
        $not: { tags: "dried" },
      })
    ).toBe('status = "published" AND (district = "Trùng Khánh" OR (price < 50000 AND in_stock = true)) AND NOT (tags = "dried")')
    expect(compile({ $and: [{ group: "food" }, {}], q: "ignored" })).toBe('group = "food"')
  })

  it("handles array operators", () => {
    expect(compile({ tags: { $contains: ["gift", "tet"] } })).toBe('tags = "gift" AND tags = "tet"')
    expect(compile({ tags: { $overlaps: ["gift", "tet"] } })).toBe('tags IN ["gift", "tet"]')
    expectMedusaError(() => compile({ group: { $contains: "food" } }), MedusaError.Types.NOT_ALLOWED, /array field/)
  })

  it("turns empty lists into match-nothing / match-everything instead of `IN []`", () => {
    expect(compileFilters({ district: { $in: [] } }, context)).toEqual({ kind: "none" })
    expect(compileFilters({ district: { $nin: [] } }, context)).toEqual({ kind: "all" })
    expect(compileFilters({ $or: [{ district: { $in: [] } }, { group: "food" }] }, context)).toEqual({
      kind: "filter",
      filter: 'group = "food"',
    })
    expect(compileFilters(undefined, context)).toEqual({ kind: "all" })
    expect(compileFilters({ q: "bánh" }, context)).toEqual({ kind: "all" })
  })

  it("keeps hostile values inside their quotes", () => {
    const filter = compile({ status: '" OR 1=1', handle: { $in: ['x" OR status = "draft', "y\\"] } })
    expect(filter).toBe('status = "\\" OR 1=1" AND handle IN ["x\\" OR status = \\"draft", "y\\\\"]')
    const first = readQuoted(filter.slice("status = ".length))
    expect(first.value).toBe('" OR 1=1')
    expect(first.rest.startsWith(" AND handle IN [")).toBe(true)
  })

  it("refuses what Meilisearch cannot filter exactly", () => {
    expectMedusaError(() => compile({ title: { $prefix: "bánh" } }), MedusaError.Types.INVALID_DATA, /not filterable/)
    expectMedusaError(() => compile({ handle: { $prefix: "banh" } }), MedusaError.Types.NOT_ALLOWED, /no prefix or substring/)
    expectMedusaError(() => compile({ handle: { $like: "%khao%" } }), MedusaError.Types.NOT_ALLOWED, /no prefix or substring/)
    expectMedusaError(() => compile({ handle: { $gt: "a" } }), MedusaError.Types.NOT_ALLOWED, /numbers and dates/)
    expectMedusaError(() => compile({ tags: { $gt: 1 } }), MedusaError.Types.NOT_ALLOWED, /array field/)
    expectMedusaError(() => compile({ sku: "x" }), MedusaError.Types.INVALID_DATA, /Unknown field "sku"/)
    expectMedusaError(() => compile({ price: "cheap" }), MedusaError.Types.INVALID_DATA, /needs a number/)
    expectMedusaError(() => compile({ in_stock: "yes" }), MedusaError.Types.INVALID_DATA, /true or false/)
    expectMedusaError(() => compile({ price: {} }), MedusaError.Types.INVALID_DATA, /Empty operator map/)
    expectMedusaError(() => compile({ price: { gte: 1 } }), MedusaError.Types.INVALID_DATA, /not a filter operator/)
    expectMedusaError(() => compile({ $nor: [] }), MedusaError.Types.NOT_ALLOWED, /logical operator/)
    expectMedusaError(() => compile({ price: { $regex: "." } }), MedusaError.Types.NOT_ALLOWED, /\$regex/)
  })

  it("without a definition, takes values as typed and only accepts plain field names", () => {
    expect(compileFilters({ id: ["prod_1", "prod_2"], stars: 3, in_stock: false })).toEqual({
      kind: "filter",
      filter: 'id IN ["prod_1", "prod_2"] AND stars = 3 AND in_stock = false',
    })
    expectMedusaError(() => compileFilters({ 'status = "x" OR id': 1 }), MedusaError.Types.INVALID_DATA, /field name/)
    expectMedusaError(() => compileFilters({ NOT: 1 }), MedusaError.Types.INVALID_DATA, /field name/)
  })
})

describe("helpers", () => {
  it("formats numbers without exponents", () => {
    expect(formatFilterNumber(120000)).toBe("120000")
    expect(formatFilterNumber(-2.5)).toBe("-2.5")
    expect(() => formatFilterNumber(Number.NaN)).toThrow(MedusaError)
    expect(() => formatFilterNumber(1e21)).toThrow(/out of range/)
  })

  it("joins filters with AND", () => {
    expect(andFilters([undefined, "a = 1"])).toBe("a = 1")
    expect(andFilters(["a = 1 OR b = 2", "c > 3"])).toBe("(a = 1 OR b = 2) AND (c > 3)")
    expect(andFilters([])).toBeUndefined()
  })
})
