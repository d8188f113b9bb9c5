import { ContractError } from "../contract-error"
import type { ContractItem, ContractModel, ContractTier } from "../state"
import { requireItem } from "./items"
import { imageUrl } from "./media"
import { queryInt } from "./params"
import { readModels, readTiers } from "./tier-validation"
import type { HandlerInput, HandlerOutput } from "./types"

/**
 * init_tier_variation: gives an item without variations its tiers and one
 * model per option combination; the default model (model_id 0) goes away.
 * Shopee also uses this API to restructure an item that has tiers (1 → 2
 * tiers, old model ids become invalid); this contract server refuses that,
 * so a repeated call (e.g. a blind retry) shows up as an error.
 */
export function initTierVariation({ state, json }: HandlerInput): HandlerOutput {
  const item = requireItem(state, json.item_id)
  if (item.tiers.length > 0) {
    throw new ContractError("product.error_param", "The item already has variations: change them with update_tier_variation / add_model, not init_tier_variation.")
  }
  const tiers = readTiers(state, json)
  const models = readModels(state, json.model, tiers)
  item.models.clear()
  for (const model of models) {
    const modelId = state.newModelId()
    item.models.set(modelId, { model_id: modelId, original_price: model.original_price, stock: model.stock, model_sku: model.model_sku, tier_index: model.tier_index })
  }
  item.tiers = tiers
  item.update_time = state.nowSeconds()
  // The response sample on the API page: the tiers and the created models with their ids.
  return {
    response: {
      tier_variation: legacyTiers(tiers),
      model: [...item.models.values()].map((model) => ({
        tier_index: model.tier_index ?? [],
        model_id: model.model_id,
        model_sku: model.model_sku ?? "",
        price_info: [{ original_price: model.original_price }],
        seller_stock: [{ stock: model.stock }],
        weight: item.weight,
      })),
    },
  }
}

/**
 * get_model_list (item_id): tiers in both structures and the models. An item
 * without variations answers empty lists (its default model is read with
 * get_item_base_info). Models come newest first: Shopee documents no order,
 * so callers must match by model_sku / tier_index.
 */
export function getModelList({ state, query }: HandlerInput): HandlerOutput {
  const item = requireItem(state, queryInt(query, "item_id", true))
  const models = item.tiers.length === 0 ? [] : [...item.models.values()].reverse()
  return {
    response: {
      tier_variation: legacyTiers(item.tiers),
      standardise_tier_variation: item.tiers.map((tier) => ({
        variation_id: 0,
        variation_name: tier.name,
        variation_option_list: tier.options.map((option) => ({
          variation_option_id: 0,
          variation_option_name: option.option,
          ...(option.image_id ? { image_id: option.image_id, image_url: imageUrl(option.image_id) } : {}),
        })),
      })),
      model: models.map((model) => modelEntry(item, model)),
    },
  }
}

function modelEntry(item: ContractItem, model: ContractModel): Record<string, unknown> {
  return {
    model_id: model.model_id,
    tier_index: model.tier_index ?? [],
    model_sku: model.model_sku ?? "",
    model_status: "MODEL_NORMAL",
    price_info: [
      {
        currency: "VND",
        original_price: model.original_price,
        current_price: model.original_price,
        inflated_price_of_original_price: model.original_price,
        inflated_price_of_current_price: model.original_price,
      },
    ],
    stock_info_v2: {
      summary_info: { total_reserved_stock: 0, total_available_stock: model.stock },
      seller_stock: [{ stock: model.stock, if_saleable: true }],
    },
    // As get_item_base_info, weight travels as a string (kg).
    weight: item.weight.toFixed(3),
  }
}

function legacyTiers(tiers: ContractTier[]): Array<Record<string, unknown>> {
  return tiers.map((tier) => ({
    name: tier.name,
    option_list: tier.options.map((option) => ({
      option: option.option,
      ...(option.image_id ? { image: { image_id: option.image_id, image_url: imageUrl(option.image_id) } } : {}),
    })),
  }))
}
