import { describe, expect, it } from "vitest"
import { parseTags, secretMatches } from "./revalidation"

describe("revalidation", () => {
  it("compares secrets exactly", () => {
    expect(secretMatches("s3cret-value", "s3cret-value")).toBe(true)
    expect(secretMatches("s3cret-valuf", "s3cret-value")).toBe(false)
    expect(secretMatches("short", "s3cret-value")).toBe(false)
    expect(secretMatches(null, "s3cret-value")).toBe(false)
    expect(secretMatches("anything", undefined)).toBe(false)
  })

  it("accepts only catalogue tags", () => {
    expect(parseTags({ tags: ["products", "product:banh-khao-son-tong", "products"] })).toEqual([
      "products",
      "product:banh-khao-son-tong",
    ])
    expect(parseTags({ tags: ["cart:cart_123"] })).toBeNull()
    expect(parseTags({ tags: [] })).toBeNull()
    expect(parseTags({ tag: "products" })).toBeNull()
    expect(parseTags(null)).toBeNull()
  })
})
