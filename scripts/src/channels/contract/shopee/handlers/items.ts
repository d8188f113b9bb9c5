import type { ShopeeItemStatus } from "../../../shopee/response-types"
import { ContractError, invalidField } from "../contract-error"
import type { ContractItem, ShopeeContractState } from "../state"
import { imageUrl } from "./media"
import { isInteger, isRecord, queryInt, queryList, wrong } from "./params"
import { validateItemBody } from "./item-validation"
import type { HandlerInput, HandlerOutput } from "./types"

const STATUSES: ShopeeItemStatus[] = ["NORMAL", "BANNED", "UNLIST", "REVIEWING", "SELLER_DELETE", "SHOPEE_DELETE"]

/** add_item: validates, assigns item_id, stores the item with one model (model_id 0). */
export function addItem({ state, json }: HandlerInput): HandlerOutput {
  const fields = validateItemBody(state, json, "add")
  if (state.liveItems().length >= (state.itemLimit.item_count_limit?.max_limit ?? Number.POSITIVE_INFINITY)) {
    throw new ContractError("error_reach_shop_item_limit", "The shop has reached its item limit.")
  }
  const name = (fields.item_name ?? "").trim().toLowerCase()
  if (state.liveItems().some((item) => item.item_name.trim().toLowerCase() === name && item.category_id === fields.category_id)) {
    throw new ContractError("error_repeated_mtsku", "A similar product has already been uploaded")
  }
  const now = state.nowSeconds()
  const itemId = state.newItemId()
  const price = fields.original_price ?? 0
  const item: ContractItem = {
    item_id: itemId,
    item_name: fields.item_name ?? "",
    description: fields.description ?? "",
    category_id: fields.category_id ?? 0,
    weight: fields.weight ?? 0,
    dimension: fields.dimension ?? null,
    logistic_info: fields.logistic_info ?? [],
    image_id_list: fields.image_id_list ?? [],
    brand: fields.brand ?? { brand_id: 0, original_brand_name: "No Brand" },
    item_sku: fields.item_sku ?? "",
    item_status: fields.item_status ?? "NORMAL",
    condition: fields.condition ?? "NEW",
    attribute_list: fields.attribute_list ?? [],
    create_time: now,
    update_time: now,
    models: new Map([[0, { model_id: 0, original_price: price, stock: fields.stock ?? 0 }]]),
    tiers: [],
  }
  state.items.set(itemId, item)
  return { response: itemResponse(item) }
}

/** update_item: item_id plus the fields to change (price and stock have their own APIs). */
export function updateItem({ state, json }: HandlerInput): HandlerOutput {
  const item = requireItem(state, json.item_id)
  const fields = validateItemBody(state, json, "update", item)
  if (fields.item_name !== undefined) {
    const name = fields.item_name.trim().toLowerCase()
    const clash = state.liveItems().some((other) => other.item_id !== item.item_id && other.item_name.trim().toLowerCase() === name && other.category_id === (fields.category_id ?? item.category_id))
    if (clash) throw new ContractError("error_repeated_mtsku", "A similar product has already been uploaded")
  }
  Object.assign(item, {
    ...definedOnly({
      item_name: fields.item_name,
      description: fields.description,
      category_id: fields.category_id,
      weight: fields.weight,
      dimension: fields.dimension,
      logistic_info: fields.logistic_info,
      image_id_list: fields.image_id_list,
      brand: fields.brand,
      item_sku: fields.item_sku,
      item_status: fields.item_status,
      condition: fields.condition,
      attribute_list: fields.attribute_list,
    }),
    update_time: state.nowSeconds(),
  })
  return { response: itemResponse(item) }
}

/** unlist_item: `item_list: [{item_id, unlist}]` (≤ 50); per-item results in success_list / failure_list. */
export function unlistItem({ state, json }: HandlerInput): HandlerOutput {
  const list = json.item_list
  if (!Array.isArray(list) || list.length === 0 || list.length > 50) throw invalidField("ItemList", "should have 1 to 50 entries")
  const success: Array<Record<string, unknown>> = []
  const failure: Array<Record<string, unknown>> = []
  for (const entry of list) {
    if (!isRecord(entry) || !isInteger(entry.item_id) || typeof entry.unlist !== "boolean") throw invalidField("ItemList", "item_id and unlist are required")
    const item = state.items.get(entry.item_id)
    if (!item || item.item_status === "SELLER_DELETE" || item.item_status === "SHOPEE_DELETE") {
      failure.push({ item_id: entry.item_id, failed_reason: "item not found" })
      continue
    }
    if (item.item_status === "BANNED") {
      failure.push({ item_id: entry.item_id, failed_reason: "item is banned" })
      continue
    }
    item.item_status = entry.unlist ? "UNLIST" : "NORMAL"
    item.update_time = state.nowSeconds()
    success.push({ item_id: entry.item_id, unlist: entry.unlist })
  }
  return { response: { success_list: success, failure_list: failure } }
}

/** get_item_list: offset, page_size (1–100) and item_status (repeated) are required; items in item_id order. */
export function getItemList({ state, query }: HandlerInput): HandlerOutput {
  const offset = queryInt(query, "offset", true)
  const pageSize = queryInt(query, "page_size", true)
  if (offset < 0) throw wrong("offset should be ≥ 0")
  if (pageSize < 1 || pageSize > 100) throw wrong("page_size should be between 1 and 100")
  const statuses = queryList(query, "item_status")
  if (statuses.length === 0) throw wrong("item_status is required")
  for (const status of statuses) if (!STATUSES.includes(status as ShopeeItemStatus)) throw wrong(`item_status ${status} is invalid`)
  const from = queryInt(query, "update_time_from", false)
  const to = queryInt(query, "update_time_to", false)
  const matching = [...state.items.values()]
    .filter((item) => statuses.includes(item.item_status))
    .filter((item) => (from === null || item.update_time >= from) && (to === null || item.update_time <= to))
    .sort((a, b) => a.item_id - b.item_id)
  const page = matching.slice(offset, offset + pageSize)
  const next = offset + page.length
  return {
    response: {
      item: page.map((item) => ({ item_id: item.item_id, item_status: item.item_status, update_time: item.update_time })),
      total_count: matching.length,
      has_next_page: next < matching.length,
      next_offset: next,
    },
  }
}

/** get_item_base_info: item_id_list (comma-separated, 1–50); unknown ids are left out. */
export function getItemBaseInfo({ state, query }: HandlerInput): HandlerOutput {
  const ids = queryList(query, "item_id_list").map(Number)
  if (ids.length === 0 || ids.some((id) => !Number.isInteger(id))) throw wrong("item_id_list is required")
  if (ids.length > 50) throw wrong("item_id_list should be no more than 50")
  const items = ids.map((id) => state.items.get(id)).filter((item): item is ContractItem => item !== undefined)
  return { response: { item_list: items.map(baseInfo) } }
}

export function requireItem(state: ShopeeContractState, value: unknown): ContractItem {
  if (value === undefined || value === null) throw invalidField("ItemId", "value must Not Null")
  if (!isInteger(value)) throw invalidField("ItemId", "should be an integer")
  const item = state.items.get(value)
  if (!item || item.item_status === "SELLER_DELETE" || item.item_status === "SHOPEE_DELETE") throw new ContractError("error_item_not_found", "Item not found.")
  return item
}

function itemResponse(item: ContractItem): Record<string, unknown> {
  const model = item.models.get(0)
  return {
    item_id: item.item_id,
    item_status: item.item_status,
    item_name: item.item_name,
    description: item.description,
    item_sku: item.item_sku,
    category_id: item.category_id,
    weight: item.weight,
    dimension: item.dimension ?? undefined,
    // An item with variations has no item-level price or stock: get_model_list holds them.
    price_info: model ? { original_price: model.original_price, current_price: model.original_price } : undefined,
    images: { image_id_list: item.image_id_list, image_url_list: item.image_id_list.map(imageUrl) },
    logistic_info: item.logistic_info,
    brand: item.brand,
    attribute_list: item.attribute_list,
    condition: item.condition,
    seller_stock: model ? [{ stock: model.stock }] : undefined,
  }
}

function baseInfo(item: ContractItem): Record<string, unknown> {
  const models = [...item.models.values()]
  const model = item.models.get(0)
  const total = models.reduce((sum, entry) => sum + entry.stock, 0)
  return {
    item_id: item.item_id,
    category_id: item.category_id,
    item_name: item.item_name,
    description: item.description,
    item_sku: item.item_sku,
    create_time: item.create_time,
    update_time: item.update_time,
    item_status: item.item_status,
    // price_info is "not returned if the item has models"; the Stock & Price guide sends readers of
    // such items to get_model_list for stock too, so item-level stock is left out as well.
    price_info: model ? [{ currency: "VND", original_price: model.original_price, current_price: model.original_price }] : undefined,
    stock_info_v2: model ? { summary_info: { total_reserved_stock: 0, total_available_stock: total }, seller_stock: [{ stock: total }] } : undefined,
    image: { image_id_list: item.image_id_list, image_url_list: item.image_id_list.map(imageUrl) },
    // get_item_base_info sends weight as a string.
    weight: item.weight.toFixed(3),
    dimension: item.dimension ?? undefined,
    logistic_info: item.logistic_info,
    brand: item.brand,
    attribute_list: item.attribute_list,
    condition: item.condition,
    has_model: item.tiers.length > 0,
  }
}

function definedOnly<T extends Record<string, unknown>>(record: T): Partial<T> {
  const out: Partial<T> = {}
  for (const key of Object.keys(record) as Array<keyof T>) if (record[key] !== undefined) out[key] = record[key]
  return out
}
