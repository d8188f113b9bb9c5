import { dataFile, readJsonFile } from "./data-files"
import { failOnErrors, isRecord, readBoolean, readInteger, readRange, readString, type ShapeErrors } from "./shape"

/** Platform limits checked before any call; defaults in scripts/data/channels/platform-limits.json. */
export type Range = { min: number; max: number }

export type ShopeeLimits = {
  itemNameLength: Range
  descriptionLength: Range
  priceVnd: Range
  stock: Range
  images: Range
  weightKg: Range
  tierVariationNameLength: Range
  tierVariationOptionLength: Range
  maxModels: number
  itemSkuMaxLength: number
  weightMandatory: boolean
  dimensionMandatory: boolean
}

export type LazadaLimits = {
  nameLength: Range
  descriptionLength: Range
  priceVnd: Range
  stock: Range
  images: Range
  packageWeightKg: Range
  sellerSkuMaxLength: number
  sellerSkuPattern: RegExp
}

export type PlatformLimits = { shopee: ShopeeLimits; lazada: LazadaLimits }

export const DEFAULT_LIMITS_PATH = dataFile("platform-limits.json")

const RANGE_FALLBACK: Range = { min: 0, max: 0 }

export function parsePlatformLimits(json: unknown, source = "platform limits"): PlatformLimits {
  const errors: ShapeErrors = []
  const root = isRecord(json) ? json : {}
  const s = isRecord(root.shopee) ? root.shopee : {}
  const l = isRecord(root.lazada) ? root.lazada : {}
  if (!isRecord(root.shopee)) errors.push("shopee: expected an object")
  if (!isRecord(root.lazada)) errors.push("lazada: expected an object")
  const range = (value: unknown, path: string) => readRange(value, path, errors) ?? RANGE_FALLBACK
  const shopee: ShopeeLimits = {
    itemNameLength: range(s.item_name_length, "shopee.item_name_length"),
    descriptionLength: range(s.description_length, "shopee.description_length"),
    priceVnd: range(s.price_vnd, "shopee.price_vnd"),
    stock: range(s.stock, "shopee.stock"),
    images: range(s.images, "shopee.images"),
    weightKg: range(s.weight_kg, "shopee.weight_kg"),
    tierVariationNameLength: range(s.tier_variation_name_length, "shopee.tier_variation_name_length"),
    tierVariationOptionLength: range(s.tier_variation_option_length, "shopee.tier_variation_option_length"),
    maxModels: readInteger(s.max_models, "shopee.max_models", errors, 1) ?? 0,
    itemSkuMaxLength: readInteger(s.item_sku_max_length, "shopee.item_sku_max_length", errors, 1) ?? 0,
    weightMandatory: readBoolean(s.weight_mandatory, "shopee.weight_mandatory", errors) ?? true,
    dimensionMandatory: readBoolean(s.dimension_mandatory, "shopee.dimension_mandatory", errors) ?? false,
  }
  const pattern = readString(l.seller_sku_pattern, "lazada.seller_sku_pattern", errors)
  let sellerSkuPattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/u
  if (pattern !== null) {
    try {
      sellerSkuPattern = new RegExp(pattern, "u")
    } catch {
      errors.push(`lazada.seller_sku_pattern: not a valid regular expression`)
    }
  }
  const lazada: LazadaLimits = {
    nameLength: range(l.name_length, "lazada.name_length"),
    descriptionLength: range(l.description_length, "lazada.description_length"),
    priceVnd: range(l.price_vnd, "lazada.price_vnd"),
    stock: range(l.stock, "lazada.stock"),
    images: range(l.images, "lazada.images"),
    packageWeightKg: range(l.package_weight_kg, "lazada.package_weight_kg"),
    sellerSkuMaxLength: readInteger(l.seller_sku_max_length, "lazada.seller_sku_max_length", errors, 1) ?? 0,
    sellerSkuPattern,
  }
  failOnErrors(source, errors)
  return { shopee, lazada }
}

export function loadPlatformLimits(path: string = DEFAULT_LIMITS_PATH): PlatformLimits {
  return parsePlatformLimits(readJsonFile(path), path)
}

/** The part of Shopee's v2.product.get_item_limit `response` these checks use. */
export type ShopeeItemLimitResponse = {
  price_limit?: { min_limit: number; max_limit: number }
  stock_limit?: { min_limit: number; max_limit: number }
  item_name_length_limit?: { min_limit: number; max_limit: number }
  item_description_length_limit?: { min_limit: number; max_limit: number }
  item_image_count_limit?: { min_limit: number; max_limit: number }
  tier_variation_name_length_limit?: { min_limit: number; max_limit: number }
  tier_variation_option_length_limit?: { min_limit: number; max_limit: number }
  weight_limit?: { weight_mandatory?: boolean }
  dimension_limit?: { dimension_mandatory?: boolean }
}

function fromShopee(limit: { min_limit: number; max_limit: number } | undefined, fallback: Range): Range {
  if (!limit || !Number.isFinite(limit.min_limit) || !Number.isFinite(limit.max_limit) || limit.min_limit > limit.max_limit) return fallback
  return { min: limit.min_limit, max: limit.max_limit }
}

/** Replaces the defaults with what get_item_limit returned for a category (fields it omits keep the default). */
export function applyShopeeItemLimit(limits: ShopeeLimits, response: ShopeeItemLimitResponse): ShopeeLimits {
  return {
    ...limits,
    priceVnd: fromShopee(response.price_limit, limits.priceVnd),
    // A stock minimum above 0 in the sample response would refuse sold-out
    // items; only the maximum is taken.
    stock: { min: limits.stock.min, max: fromShopee(response.stock_limit, limits.stock).max },
    itemNameLength: fromShopee(response.item_name_length_limit, limits.itemNameLength),
    descriptionLength: fromShopee(response.item_description_length_limit, limits.descriptionLength),
    images: fromShopee(response.item_image_count_limit, limits.images),
    tierVariationNameLength: fromShopee(response.tier_variation_name_length_limit, limits.tierVariationNameLength),
    tierVariationOptionLength: fromShopee(response.tier_variation_option_length_limit, limits.tierVariationOptionLength),
    weightMandatory: response.weight_limit?.weight_mandatory ?? limits.weightMandatory,
    dimensionMandatory: response.dimension_limit?.dimension_mandatory ?? limits.dimensionMandatory,
  }
}
