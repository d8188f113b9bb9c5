import { ContractError, invalidField } from "../contract-error"
import type { ContractItem, ContractModel } from "../state"
import { checkPrice, checkSellerStock } from "./item-validation"
import { requireItem } from "./items"
import { isInteger, isRecord } from "./params"
import type { HandlerInput, HandlerOutput, PartialFailure } from "./types"

/**
 * update_price / update_stock: one item per call, 1–50 models; model_id 0
 * (or left out) is the item itself. Per-model problems do not fail the call:
 * they are listed in `failure_list` next to `success_list`. An item with
 * variations has no item-level price or stock: model_id 0 is refused with
 * the documented error_edit_item_{price,stock}_for_item_has_model.
 */
type ModelUpdate = {
  /** How a refused value is reported in failure_list. */
  reason(error: ContractError): string
  /** Checks the entry's new value (throws a ContractError) and stores it on the model; returns the success_list entry. */
  apply(model: ContractModel, entry: Record<string, unknown>): Record<string, unknown>
  promotionReason: string
}

/** The per-model loop both calls share: partial failures injected by a test, unknown models, refused values. */
function updateModels(item: ContractItem, list: Array<Record<string, unknown>>, input: HandlerInput, update: ModelUpdate): HandlerOutput {
  const failedIds = partialIds(input.partial, list)
  const success: Array<Record<string, unknown>> = []
  const failure: Array<Record<string, unknown>> = []
  for (const entry of list) {
    const modelId = modelIdOf(entry)
    const model = item.models.get(modelId)
    if (failedIds.has(modelId)) {
      failure.push({ model_id: modelId, failed_reason: input.partial?.reason ?? update.promotionReason })
      continue
    }
    if (!model) {
      failure.push({ model_id: modelId, failed_reason: "model_id not found" })
      continue
    }
    try {
      success.push({ model_id: modelId, ...update.apply(model, entry) })
    } catch (error) {
      if (!(error instanceof ContractError)) throw error
      failure.push({ model_id: modelId, failed_reason: update.reason(error) })
    }
  }
  if (success.length > 0) item.update_time = input.state.nowSeconds()
  return { response: { failure_list: failure, success_list: success } }
}

export function updatePrice(input: HandlerInput): HandlerOutput {
  const item = requireItem(input.state, input.json.item_id)
  const list = modelList(input.json.price_list, "PriceList")
  refuseItemLevel(item, list, "error_edit_item_price_for_item_has_model", "Can't edit item price directly while item has models.")
  return updateModels(item, list, input, {
    promotionReason: "error_cannt_edit_price_in_promotion",
    reason: (error) => (error.error.startsWith("error_price_exceed") ? `error_price_out_of_range: ${error.message}` : error.message),
    apply: (model, entry) => {
      model.original_price = checkPrice(input.state, entry.original_price, "OriginalPrice")
      return { original_price: model.original_price }
    },
  })
}

export function updateStock(input: HandlerInput): HandlerOutput {
  const item = requireItem(input.state, input.json.item_id)
  const list = modelList(input.json.stock_list, "StockList")
  refuseItemLevel(item, list, "error_edit_item_stock_for_item_has_model", "Can't edit item stock directly while item has models.")
  return updateModels(item, list, input, {
    promotionReason: "error_cannt_edit_stock_in_promotion",
    reason: (error) => error.message,
    apply: (model, entry) => {
      model.stock = checkSellerStock(input.state, entry.seller_stock, "SellerStock")
      return { stock: model.stock }
    },
  })
}

function refuseItemLevel(item: ContractItem, list: Array<Record<string, unknown>>, error: string, message: string): void {
  if (item.tiers.length > 0 && list.some((entry) => modelIdOf(entry) === 0)) throw new ContractError(error, message)
}

function modelList(value: unknown, name: string): Array<Record<string, unknown>> {
  if (!Array.isArray(value) || value.length === 0) throw invalidField(name, "value must Not Null")
  if (value.length > 50) throw invalidField(name, "should have at most 50 entries")
  if (!value.every(isRecord)) throw invalidField(name, "entries should be objects")
  return value
}

function modelIdOf(entry: Record<string, unknown>): number {
  if (entry.model_id === undefined) return 0
  if (!isInteger(entry.model_id)) throw invalidField("ModelId", "should be an integer")
  return entry.model_id
}

/** The models a partial_failure fault fails: those it names, else the request's first. */
function partialIds(partial: PartialFailure | null, list: Array<Record<string, unknown>>): Set<number> {
  if (!partial) return new Set()
  if (partial.modelIds && partial.modelIds.length > 0) return new Set(partial.modelIds)
  const first = list[0]
  return new Set(first ? [modelIdOf(first)] : [])
}
