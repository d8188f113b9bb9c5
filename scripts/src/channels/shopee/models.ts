import { ChannelError } from "../core/errors"
import { isRecord } from "./envelope"
import type {
  ShopeeCreatedModel,
  ShopeeInitTierVariationRequest,
  ShopeeModel,
  ShopeeModelList,
  ShopeeSellerStock,
  ShopeeStandardiseTierVariation,
  ShopeeTierVariation,
} from "./model-types"

/** init_tier_variation: "model number at most 50", at most 2 tiers. */
export const MAX_MODELS_PER_ITEM = 50
export const MAX_TIERS = 2

/**
 * The deprecated `tier_variation` as the documented `standardise_tier_variation`:
 * seller-defined tiers and options carry id 0, as other integrations send
 * them. UNVERIFIED against the parameter table itself (not readable here):
 * try it in the sandbox before relying on it.
 */
export function standardiseTiers(tiers: ShopeeTierVariation[]): ShopeeStandardiseTierVariation[] {
  return tiers.map((tier) => ({
    variation_id: 0,
    variation_name: tier.name,
    variation_option_list: tier.option_list.map((option) => ({
      variation_option_id: 0,
      variation_option_name: option.option,
      ...(option.image ? { image_id: option.image.image_id } : {}),
    })),
  }))
}

/** Checks we can make before sending (VND has no decimals; stock is whole); Shopee checks the rest. */
export function checkInitTierVariation(body: ShopeeInitTierVariationRequest): void {
  const tiers = body.standardise_tier_variation?.length ?? body.tier_variation?.length ?? 0
  if (tiers < 1 || tiers > MAX_TIERS) throw usage("standardise_tier_variation", "init_tier_variation takes 1 or 2 tiers")
  if (body.model.length < 1 || body.model.length > MAX_MODELS_PER_ITEM) throw usage("model", "init_tier_variation takes 1 to 50 models")
  body.model.forEach((model, index) => {
    if (model.tier_index.length !== tiers) throw usage(`model.${index}.tier_index`, `each model needs one tier_index per tier (${tiers})`)
    if (!Number.isInteger(model.original_price) || model.original_price <= 0) throw usage(`model.${index}.original_price`, "a VND price must be a positive whole number")
    if (model.seller_stock.length === 0) throw usage(`model.${index}.seller_stock`, "each model needs seller_stock")
    for (const stock of model.seller_stock) if (!Number.isInteger(stock.stock) || stock.stock < 0) throw usage(`model.${index}.seller_stock`, "stock must be a whole number ≥ 0")
  })
}

/** `response.model` of init_tier_variation, when present; entries without a model_id are dropped. */
export function createdModels(response: Record<string, unknown>): ShopeeCreatedModel[] {
  if (!Array.isArray(response.model)) return []
  const out: ShopeeCreatedModel[] = []
  for (const entry of response.model) {
    if (!isRecord(entry) || typeof entry.model_id !== "number") continue
    const price = Array.isArray(entry.price_info) ? entry.price_info.find(isRecord) : undefined
    out.push({
      model_id: entry.model_id,
      tier_index: numbers(entry.tier_index),
      model_sku: typeof entry.model_sku === "string" ? entry.model_sku : "",
      ...(price && typeof price.original_price === "number" ? { original_price: price.original_price } : {}),
      ...(Array.isArray(entry.seller_stock) ? { seller_stock: entry.seller_stock.filter(isStock) } : {}),
    })
  }
  return out
}

/** get_model_list's `response`, with absent lists as empty ones. */
export function modelList(response: Record<string, unknown>): ShopeeModelList {
  return {
    tier_variation: list(response.tier_variation),
    standardise_tier_variation: list(response.standardise_tier_variation),
    model: list<ShopeeModel>(response.model).filter((model) => isRecord(model) && typeof model.model_id === "number"),
  }
}

function isStock(value: unknown): value is ShopeeSellerStock {
  return isRecord(value) && typeof value.stock === "number"
}

function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((entry): entry is number => typeof entry === "number") : []
}

function list<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : []
}

function usage(field: string, message: string): ChannelError {
  return new ChannelError({ platform: "shopee", code: "invalid_request", message: `Shopee: ${message}`, retryable: false, field })
}
