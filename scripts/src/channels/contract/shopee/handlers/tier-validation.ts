import { ContractError, invalidField } from "../contract-error"
import type { ContractTier, ShopeeContractState } from "../state"
import { checkPrice, checkSellerStock } from "./item-validation"
import { isInteger, isRecord } from "./params"

/** A model of an init_tier_variation body, once checked. */
export type TierModel = { tier_index: number[]; original_price: number; stock: number; model_sku: string }

/** "model number at most 50" (init_tier_variation); "the level of tier-variation over 2" is refused. */
const MAX_MODELS = 50
const MAX_TIERS = 2
/** Stock & Price Management guide: in VN the dearest model may cost at most 5 times the cheapest. */
const VN_PRICE_MULTIPLE = 5

/**
 * The tiers of an init_tier_variation body: `standardise_tier_variation`
 * (documented since 2025-09-12) or the deprecated `tier_variation`. A body
 * with both is refused here: which one Shopee would honour is not documented.
 */
export function readTiers(state: ShopeeContractState, json: Record<string, unknown>): ContractTier[] {
  const standard = json.standardise_tier_variation
  const legacy = json.tier_variation
  if (standard !== undefined && legacy !== undefined) throw invalidField("TierVariation", "send standardise_tier_variation or the deprecated tier_variation, not both")
  const tiers = standard !== undefined ? readStandard(standard) : legacy !== undefined ? readLegacy(legacy) : null
  if (tiers === null) throw invalidField("StandardiseTierVariation", "value must Not Null")
  if (tiers.length === 0) throw invalidField("StandardiseTierVariation", "at least one tier is required")
  if (tiers.length > MAX_TIERS) throw new ContractError("error_param", "The level of tier-variation over 2")
  const nameLimit = state.itemLimit.tier_variation_name_length_limit
  const optionLimit = state.itemLimit.tier_variation_option_length_limit
  tiers.forEach((tier, index) => {
    const length = [...tier.name.trim()].length
    if (length === 0 || (nameLimit && (length < nameLimit.min_limit || length > nameLimit.max_limit))) {
      throw invalidField("VariationName", `tier name "${tier.name}" should be 1 to ${nameLimit?.max_limit ?? "?"} characters`)
    }
    if (tier.options.length === 0) throw invalidField("VariationOptionList", `tier "${tier.name}" needs at least one option`)
    const seen = new Set<string>()
    for (const { option, image_id } of tier.options) {
      const optionLength = [...option.trim()].length
      if (optionLength === 0 || (optionLimit && (optionLength < optionLimit.min_limit || optionLength > optionLimit.max_limit))) {
        throw invalidField("VariationOptionName", `option "${option}" should be 1 to ${optionLimit?.max_limit ?? "?"} characters`)
      }
      const key = option.trim().toLowerCase()
      if (seen.has(key)) throw invalidField("VariationOptionName", `option "${option}" is repeated in tier "${tier.name}"`)
      seen.add(key)
      if (image_id !== undefined && !state.images.has(image_id)) throw invalidField("ImageId", "image_id not found: upload it with media_space.upload_image first")
    }
    // "Creating product" guide: only first-tier options take images, and then all of them.
    const withImage = tier.options.filter((option) => option.image_id !== undefined).length
    if (index > 0 && withImage > 0) throw invalidField("ImageId", "only the first tier's options can have images")
    if (index === 0 && withImage > 0 && withImage < tier.options.length) throw invalidField("ImageId", "if one first-tier option has an image, all of them need one")
  })
  return tiers
}

/**
 * The `model` list: one model per option combination (tier_index from 0, no
 * overflow, no repeat), each with original_price and seller_stock.
 */
export function readModels(state: ShopeeContractState, value: unknown, tiers: ContractTier[]): TierModel[] {
  if (!Array.isArray(value) || value.length === 0) throw invalidField("Model", "value must Not Null")
  if (value.length > MAX_MODELS) throw invalidField("Model", `model number should be at most ${MAX_MODELS}`)
  const seen = new Set<string>()
  const models = value.map((entry: unknown): TierModel => {
    if (!isRecord(entry)) throw invalidField("Model", "entries should be objects")
    const index = integers(entry.tier_index)
    if (index === null || index.length !== tiers.length) throw invalidField("TierIndex", `should hold ${tiers.length} integer(s), one per tier`)
    index.forEach((position, tier) => {
      const count = tiers[tier]?.options.length ?? 0
      if (position < 0 || position >= count) throw invalidField("TierIndex", `${JSON.stringify(index)} overflows tier ${tier} (${count} option(s))`)
    })
    const key = index.join(",")
    if (seen.has(key)) throw invalidField("TierIndex", `${JSON.stringify(index)} is repeated`)
    seen.add(key)
    if (entry.original_price === undefined || entry.original_price === null) throw invalidField("OriginalPrice", "value must Not Null")
    if (entry.seller_stock === undefined || entry.seller_stock === null) {
      // normal_stock went offline on 2022-10-31 (update_stock page): only seller_stock counts.
      throw invalidField("SellerStock", entry.normal_stock !== undefined ? "normal_stock is offline, use seller_stock" : "value must Not Null")
    }
    if (entry.model_sku !== undefined && (typeof entry.model_sku !== "string" || entry.model_sku.length > 100)) {
      throw invalidField("ModelSku", "should be a string of at most 100 characters")
    }
    return {
      tier_index: index,
      original_price: checkPrice(state, entry.original_price, "OriginalPrice"),
      stock: checkSellerStock(state, entry.seller_stock, "SellerStock"),
      model_sku: typeof entry.model_sku === "string" ? entry.model_sku : "",
    }
  })
  const combinations = tiers.reduce((product, tier) => product * tier.options.length, 1)
  if (models.length !== combinations) {
    throw invalidField("Model", `${models.length} model(s) for ${combinations} option combination(s): every combination needs exactly one model`)
  }
  const prices = models.map((model) => model.original_price)
  if (Math.max(...prices) > VN_PRICE_MULTIPLE * Math.min(...prices)) {
    throw invalidField("OriginalPrice", `the dearest model may cost at most ${VN_PRICE_MULTIPLE} times the cheapest`)
  }
  return models
}

function readStandard(value: unknown): ContractTier[] {
  if (!Array.isArray(value)) throw invalidField("StandardiseTierVariation", "should be a list")
  return value.map((tier: unknown) => {
    if (!isRecord(tier) || !isInteger(tier.variation_id) || typeof tier.variation_name !== "string" || !Array.isArray(tier.variation_option_list)) {
      throw invalidField("StandardiseTierVariation", "variation_id, variation_name and variation_option_list are required")
    }
    return {
      name: tier.variation_name,
      options: tier.variation_option_list.map((option: unknown) => {
        if (!isRecord(option) || !isInteger(option.variation_option_id) || typeof option.variation_option_name !== "string") {
          throw invalidField("VariationOptionList", "variation_option_id and variation_option_name are required")
        }
        return withImage(option.variation_option_name, option.image_id)
      }),
    }
  })
}

function readLegacy(value: unknown): ContractTier[] {
  if (!Array.isArray(value)) throw invalidField("TierVariation", "should be a list")
  return value.map((tier: unknown) => {
    if (!isRecord(tier) || typeof tier.name !== "string" || !Array.isArray(tier.option_list)) throw invalidField("TierVariation", "name and option_list are required")
    return {
      name: tier.name,
      options: tier.option_list.map((option: unknown) => {
        if (!isRecord(option) || typeof option.option !== "string") throw invalidField("OptionList", "option is required")
        return withImage(option.option, isRecord(option.image) ? option.image.image_id : undefined)
      }),
    }
  })
}

function withImage(option: string, imageId: unknown): ContractTier["options"][number] {
  if (imageId === undefined || imageId === null || imageId === "") return { option }
  if (typeof imageId !== "string") throw invalidField("ImageId", "should be a string")
  return { option, image_id: imageId }
}

function integers(value: unknown): number[] | null {
  if (!Array.isArray(value)) return null
  const out: number[] = []
  for (const entry of value as unknown[]) {
    if (!isInteger(entry)) return null
    out.push(entry)
  }
  return out
}
