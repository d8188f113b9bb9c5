import type { Platform } from "../core/errors"
import type { ShopeeAttribute } from "../shopee/item-types"
import { dataFile, readJsonFile } from "./data-files"
import { problem, type Problem } from "./problems"
import { failOnErrors, isRecord, readBoolean, readInteger, readString, type ShapeErrors } from "./shape"

/**
 * Our category key (the OCOP product set) → each platform's leaf category,
 * as editable data (scripts/data/channels/category-map.json). The ids there
 * are placeholders until someone copies the real ones from Shopee
 * get_category / Lazada /category/tree/get; `verified: false` marks them.
 */
export type ShopeeCategoryEntry = {
  categoryId: number
  attributes: ShopeeAttribute[]
  brand: { brand_id: number; original_brand_name: string } | null
  verified: boolean
}

export type LazadaCategoryEntry = {
  primaryCategory: number
  attributes: Record<string, string | number>
  brandId: number | null
  brand: string | null
  /** The sale (variant) attribute a pack size goes in when a product has several SKUs. */
  saleProp: string | null
  verified: boolean
}

export type CategoryMapping = {
  label: string | null
  shopee: ShopeeCategoryEntry | null
  lazada: LazadaCategoryEntry | null
  /** Why a key is deliberately not listed on a platform (a platform set to null). */
  note: string | null
}

export type CategoryTable = { source: string; entries: ReadonlyMap<string, CategoryMapping> }

export const DEFAULT_CATEGORY_TABLE_PATH = dataFile("category-map.json")

function parseShopeeAttributes(value: unknown, path: string, errors: ShapeErrors): ShopeeAttribute[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) {
    errors.push(`${path}: expected an array of { attribute_id, attribute_value_list }`)
    return []
  }
  return value.flatMap((raw, index): ShopeeAttribute[] => {
    const at = `${path}[${index}]`
    if (!isRecord(raw) || !Array.isArray(raw.attribute_value_list)) {
      errors.push(`${at}: expected { attribute_id, attribute_value_list: [...] }`)
      return []
    }
    const attributeId = readInteger(raw.attribute_id, `${at}.attribute_id`, errors, 1)
    const values = raw.attribute_value_list.flatMap((item, i) => {
      const vat = `${at}.attribute_value_list[${i}]`
      if (!isRecord(item)) {
        errors.push(`${vat}: expected { value_id, original_value_name?, value_unit? }`)
        return []
      }
      const valueId = readInteger(item.value_id, `${vat}.value_id`, errors, 0)
      if (valueId === null) return []
      const name = item.original_value_name === undefined ? undefined : readString(item.original_value_name, `${vat}.original_value_name`, errors)
      const unit = item.value_unit === undefined ? undefined : readString(item.value_unit, `${vat}.value_unit`, errors)
      return [{ value_id: valueId, ...(name ? { original_value_name: name } : {}), ...(unit ? { value_unit: unit } : {}) }]
    })
    return attributeId === null ? [] : [{ attribute_id: attributeId, attribute_value_list: values }]
  })
}

function parseShopee(value: unknown, path: string, errors: ShapeErrors): ShopeeCategoryEntry | null {
  if (value === null) return null
  if (!isRecord(value)) {
    errors.push(`${path}: expected { category_id, attributes?, brand?, verified? } or null`)
    return null
  }
  const categoryId = readInteger(value.category_id, `${path}.category_id`, errors, 1)
  const attributes = parseShopeeAttributes(value.attributes, `${path}.attributes`, errors)
  let brand: ShopeeCategoryEntry["brand"] = null
  if (value.brand !== undefined) {
    if (!isRecord(value.brand)) errors.push(`${path}.brand: expected { brand_id, original_brand_name }`)
    else {
      const id = readInteger(value.brand.brand_id, `${path}.brand.brand_id`, errors, 0)
      const name = readString(value.brand.original_brand_name, `${path}.brand.original_brand_name`, errors)
      if (id !== null && name !== null) brand = { brand_id: id, original_brand_name: name }
    }
  }
  const verified = value.verified === undefined ? false : readBoolean(value.verified, `${path}.verified`, errors) ?? false
  return categoryId === null ? null : { categoryId, attributes, brand, verified }
}

function parseLazada(value: unknown, path: string, errors: ShapeErrors): LazadaCategoryEntry | null {
  if (value === null) return null
  if (!isRecord(value)) {
    errors.push(`${path}: expected { primary_category, attributes?, brand_id?, brand?, sale_prop?, verified? } or null`)
    return null
  }
  const primaryCategory = readInteger(value.primary_category, `${path}.primary_category`, errors, 1)
  const attributes: Record<string, string | number> = {}
  if (value.attributes !== undefined) {
    if (!isRecord(value.attributes)) errors.push(`${path}.attributes: expected an object of name → string | number`)
    else {
      for (const [name, attr] of Object.entries(value.attributes)) {
        if (typeof attr === "string" || (typeof attr === "number" && Number.isFinite(attr))) attributes[name] = attr
        else errors.push(`${path}.attributes.${name}: expected a string or a number`)
      }
    }
  }
  const brandId = value.brand_id === undefined ? null : readInteger(value.brand_id, `${path}.brand_id`, errors, 0)
  const brand = value.brand === undefined ? null : readString(value.brand, `${path}.brand`, errors)
  const saleProp = value.sale_prop === undefined ? null : readString(value.sale_prop, `${path}.sale_prop`, errors)
  const verified = value.verified === undefined ? false : readBoolean(value.verified, `${path}.verified`, errors) ?? false
  return primaryCategory === null ? null : { primaryCategory, attributes, brandId, brand, saleProp, verified }
}

/** Validates the whole table; throws one error naming every bad field. */
export function parseCategoryTable(json: unknown, source = "category table"): CategoryTable {
  const errors: ShapeErrors = []
  const entries = new Map<string, CategoryMapping>()
  if (!isRecord(json) || !isRecord(json.categories)) {
    failOnErrors(source, ['top level: expected { "categories": { "<categoryKey>": { "shopee": …, "lazada": … } } }'])
    return { source, entries }
  }
  for (const [key, raw] of Object.entries(json.categories)) {
    const path = `categories.${key}`
    if (!isRecord(raw)) {
      errors.push(`${path}: expected { shopee, lazada }`)
      continue
    }
    for (const platform of ["shopee", "lazada"] as const) {
      if (!(platform in raw)) errors.push(`${path}.${platform}: missing (use null to keep this category off ${platform})`)
    }
    const label = raw.label === undefined ? null : readString(raw.label, `${path}.label`, errors)
    const note = raw.note === undefined ? null : readString(raw.note, `${path}.note`, errors)
    entries.set(key, { label, note, shopee: parseShopee(raw.shopee, `${path}.shopee`, errors), lazada: parseLazada(raw.lazada, `${path}.lazada`, errors) })
  }
  failOnErrors(source, errors)
  return { source, entries }
}

export function loadCategoryTable(path: string = DEFAULT_CATEGORY_TABLE_PATH): CategoryTable {
  return parseCategoryTable(readJsonFile(path), path)
}

export type CategoryLookup<T> = { ok: true; entry: T } | { ok: false; problem: Problem }

export function shopeeCategory(table: CategoryTable, categoryKey: string): CategoryLookup<ShopeeCategoryEntry> {
  return lookup(table, categoryKey, "shopee", (mapping) => mapping.shopee)
}

export function lazadaCategory(table: CategoryTable, categoryKey: string): CategoryLookup<LazadaCategoryEntry> {
  return lookup(table, categoryKey, "lazada", (mapping) => mapping.lazada)
}

function lookup<T>(table: CategoryTable, key: string, platform: Platform, pick: (mapping: CategoryMapping) => T | null): CategoryLookup<T> {
  const mapping = table.entries.get(key)
  if (!mapping) {
    return {
      ok: false,
      problem: problem(
        "categoryKey",
        `Nhóm sản phẩm "${key}" chưa có ngành hàng ${platform} trong bảng ánh xạ`,
        `category "${key}" is not mapped for ${platform} in ${table.source}`,
      ),
    }
  }
  const entry = pick(mapping)
  if (entry === null) {
    // The note is written bilingual in the table, so it is said once.
    const why = mapping.note ? ` (${mapping.note})` : ""
    return {
      ok: false,
      problem: problem("categoryKey", `Nhóm "${key}" không đăng lên ${platform}`, `category "${key}" is kept off ${platform}${why}`),
    }
  }
  return { ok: true, entry }
}

/** Category keys the products use that the table does not map for a platform, for a report before a run. */
export function unmappedKeys(table: CategoryTable, keys: Iterable<string>, platform: Platform): string[] {
  const missing = new Set<string>()
  for (const key of keys) {
    const mapping = table.entries.get(key)
    if (!mapping || mapping[platform] === null) missing.add(key)
  }
  return [...missing].sort()
}
