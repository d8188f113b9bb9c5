import type { ShopeeAttribute, ShopeeLogisticInfo } from "../../../shopee/item-types"
import type { ShopeeItemStatus } from "../../../shopee/response-types"
import { ContractError, invalidField } from "../contract-error"
import { FIXTURE_BRANDS, FIXTURE_CHANNELS, fixtureAttributeTree } from "../fixtures"
import type { ContractItem, ShopeeContractState } from "../state"
import { requireLeaf } from "./catalogue"
import { isInteger, isNumber, isRecord } from "./params"

/** The item fields add_item / update_item may set, once checked. */
export type ItemFields = {
  item_name?: string
  description?: string
  original_price?: number
  weight?: number
  category_id?: number
  dimension?: ContractItem["dimension"]
  logistic_info?: ShopeeLogisticInfo[]
  image_id_list?: string[]
  brand?: ContractItem["brand"]
  item_sku?: string
  item_status?: ShopeeItemStatus
  condition?: string
  attribute_list?: ShopeeAttribute[]
  stock?: number
}

/** add_item's required fields (page column "Required": True), with the CamelCase names Shopee's messages use. */
const REQUIRED: Array<[string, string]> = [
  ["item_name", "ItemName"],
  ["description", "Description"],
  ["original_price", "OriginalPrice"],
  ["weight", "Weight"],
  ["category_id", "CategoryId"],
  ["image", "Image"],
  ["logistic_info", "LogisticInfo"],
]

/**
 * Checks a body the way add_item (mode "add") or update_item ("update")
 * documents it; throws the documented error codes. `existing` is the item an
 * update applies to (its values fill what the body leaves out).
 */
export function validateItemBody(state: ShopeeContractState, body: Record<string, unknown>, mode: "add" | "update", existing?: ContractItem): ItemFields {
  if (mode === "add") {
    for (const [key, name] of REQUIRED) {
      if (body[key] === undefined || body[key] === null || body[key] === "") throw invalidField(name, "value must Not Null")
    }
  } else if (body.original_price !== undefined || body.seller_stock !== undefined) {
    throw invalidField(body.original_price !== undefined ? "OriginalPrice" : "SellerStock", "use update_price / update_stock to change it")
  }
  const limit = state.itemLimit
  const out: ItemFields = {}

  if (body.item_name !== undefined) {
    if (typeof body.item_name !== "string") throw invalidField("ItemName", "should be a string")
    const length = [...body.item_name.trim()].length
    if (length < limit.item_name_length_limit.min_limit) throw new ContractError("error_item_name_is_too_short", `Item name should be at least ${limit.item_name_length_limit.min_limit} characters.`)
    if (length > limit.item_name_length_limit.max_limit) throw new ContractError("error_title_exceeds_max_length", `Item name should be at most ${limit.item_name_length_limit.max_limit} characters.`)
    out.item_name = body.item_name
  }
  if (body.description !== undefined) {
    if (typeof body.description !== "string") throw invalidField("Description", "should be a string")
    const length = [...body.description].length
    if (length < limit.item_description_length_limit.min_limit) throw new ContractError("error_desc_length_min_limit", `Description should be at least ${limit.item_description_length_limit.min_limit} characters.`)
    if (length > limit.item_description_length_limit.max_limit) throw new ContractError("error_desc_length_max_limit", `Description should be at most ${limit.item_description_length_limit.max_limit} characters.`)
    const hashTags = body.description.match(/#\S+/g)?.length ?? 0
    if (hashTags > 18) throw new ContractError("error_desc_hash_tag_over_limit", "Count of hash tags is more than 18")
    out.description = body.description
  }
  if (body.original_price !== undefined) {
    out.original_price = checkPrice(state, body.original_price, "OriginalPrice")
  }
  if (body.weight !== undefined) {
    if (!isNumber(body.weight) || body.weight <= 0) throw invalidField("Weight", "should be a number greater than 0 (kg)")
    out.weight = body.weight
  }
  if (body.category_id !== undefined) {
    if (!isInteger(body.category_id)) throw invalidField("CategoryId", "should be an integer")
    requireLeaf(body.category_id)
    out.category_id = body.category_id
  }
  if (body.dimension !== undefined) {
    const dimension = body.dimension
    if (!isRecord(dimension) || !["package_height", "package_length", "package_width"].every((key) => isInteger(dimension[key]) && Number(dimension[key]) > 0)) {
      throw invalidField("Dimension", "package_height, package_length and package_width should be integers greater than 0 (cm)")
    }
    out.dimension = { package_height: Number(dimension.package_height), package_length: Number(dimension.package_length), package_width: Number(dimension.package_width) }
  }
  if (body.image !== undefined) out.image_id_list = checkImages(state, body.image)
  if (body.brand !== undefined) out.brand = checkBrand(body.brand)
  if (body.item_sku !== undefined) {
    if (typeof body.item_sku !== "string" || body.item_sku.length > 100) throw invalidField("ItemSku", "should be a string of at most 100 characters")
    out.item_sku = body.item_sku
  }
  if (body.item_status !== undefined) {
    if (body.item_status !== "NORMAL" && body.item_status !== "UNLIST") throw invalidField("ItemStatus", "should be NORMAL or UNLIST")
    out.item_status = body.item_status
  }
  if (body.condition !== undefined) {
    if (body.condition !== "NEW" && body.condition !== "USED") throw invalidField("Condition", "should be NEW or USED")
    out.condition = body.condition
  }
  if (body.seller_stock !== undefined) out.stock = checkSellerStock(state, body.seller_stock, "SellerStock")

  const categoryId = out.category_id ?? existing?.category_id
  if (body.attribute_list !== undefined || mode === "add" || out.category_id !== undefined) {
    const attributes = body.attribute_list ?? existing?.attribute_list ?? []
    out.attribute_list = checkAttributes(attributes, categoryId ?? 0)
  }
  if (body.logistic_info !== undefined || out.dimension !== undefined || out.weight !== undefined) {
    const logistics = body.logistic_info ?? existing?.logistic_info ?? []
    const dimension = out.dimension !== undefined ? out.dimension : (existing?.dimension ?? null)
    const weight = out.weight ?? existing?.weight ?? 0
    const checked = checkLogistics(logistics, dimension, weight)
    if (body.logistic_info !== undefined) out.logistic_info = checked
  }
  return out
}

/** A VND price: integer only (update_price page: only SG/MY/BR/MX/PL/ES/AR take decimals), inside get_item_limit.price_limit. */
export function checkPrice(state: ShopeeContractState, value: unknown, name: string): number {
  if (!isNumber(value)) throw invalidField(name, "should be a number")
  if (!Number.isInteger(value)) throw invalidField(name, "price of this region should be an integer")
  const { min_limit: min, max_limit: max } = state.itemLimit.price_limit
  if (value < min) throw new ContractError("error_price_exceed_min_limitt", `Price should be at least ${min}.`)
  if (value > max) throw new ContractError("error_price_exceed_max_limitt", `Price should be at most ${max}.`)
  return value
}

/** `seller_stock: [{location_id?, stock}]` → the total stock (our fixture shop has no warehouses). */
export function checkSellerStock(state: ShopeeContractState, value: unknown, name: string): number {
  if (!Array.isArray(value) || value.length === 0) throw invalidField(name, "should be a non-empty list")
  let total = 0
  for (const entry of value) {
    if (!isRecord(entry) || !isInteger(entry.stock) || entry.stock < 0) throw invalidField(name, "stock should be an integer ≥ 0")
    total += entry.stock
  }
  if (total > state.itemLimit.stock_limit.max_limit) throw invalidField(name, `stock should be at most ${state.itemLimit.stock_limit.max_limit}`)
  return total
}

function checkImages(state: ShopeeContractState, image: unknown): string[] {
  if (!isRecord(image) || !Array.isArray(image.image_id_list)) throw invalidField("Image", "image_id_list should be a list of image ids")
  const ids = image.image_id_list
  const { min_limit: min, max_limit: max } = state.itemLimit.item_image_count_limit
  if (ids.length < min) throw new ContractError("error_image_num_min", `At least ${min} image(s) required.`)
  if (ids.length > max) throw new ContractError("error_image_num_max", `At most ${max} images allowed.`)
  for (const id of ids) {
    if (typeof id !== "string" || !state.images.has(id)) throw invalidField("Image", "image_id not found: upload it with media_space.upload_image first")
  }
  return ids.map(String)
}

/** "No Brand" is brand_id 0; other ids must come from get_brand_list. */
function checkBrand(brand: unknown): ContractItem["brand"] {
  if (!isRecord(brand) || !isInteger(brand.brand_id) || typeof brand.original_brand_name !== "string") {
    throw invalidField("Brand", "brand_id and original_brand_name are required")
  }
  if (brand.brand_id !== 0 && !FIXTURE_BRANDS.some((known) => known.brand_id === brand.brand_id)) throw new ContractError("error_invalid_brand", "Brand is invalid.")
  return { brand_id: brand.brand_id, original_brand_name: brand.original_brand_name }
}

/** Every mandatory attribute of the category; drop-down values from the tree, custom values as value_id 0 + original_value_name. */
function checkAttributes(value: unknown, categoryId: number): ShopeeAttribute[] {
  if (!Array.isArray(value)) throw invalidField("AttributeList", "should be a list")
  const tree = fixtureAttributeTree(categoryId).attribute_tree
  const given = new Map<number, ShopeeAttribute>()
  for (const entry of value) {
    if (!isRecord(entry) || !isInteger(entry.attribute_id) || !Array.isArray(entry.attribute_value_list)) throw invalidField("AttributeList", "attribute_id and attribute_value_list are required")
    const node = tree.find((candidate) => candidate.attribute_id === entry.attribute_id)
    if (!node) throw new ContractError("error_invalid_attribute_value", `Attribute ${entry.attribute_id} does not belong to category ${categoryId}.`)
    const values: ShopeeAttribute["attribute_value_list"] = []
    for (const raw of entry.attribute_value_list) {
      if (!isRecord(raw) || !isInteger(raw.value_id)) throw new ContractError("error_invalid_attribute_value", `Attribute ${node.attribute_id}: value_id is required.`)
      if (raw.value_id === 0) {
        if (typeof raw.original_value_name !== "string" || raw.original_value_name === "") throw new ContractError("error_invalid_attribute_value", `Attribute ${node.attribute_id}: a custom value needs original_value_name.`)
      } else if (!node.attribute_value_list?.some((known) => known.value_id === raw.value_id)) {
        throw new ContractError("error_invalid_attribute_value", `Attribute ${node.attribute_id}: value_id ${raw.value_id} is invalid.`)
      }
      values.push({
        value_id: raw.value_id,
        original_value_name: typeof raw.original_value_name === "string" ? raw.original_value_name : undefined,
        value_unit: typeof raw.value_unit === "string" ? raw.value_unit : undefined,
      })
    }
    if (values.length === 0) throw new ContractError("error_invalid_attribute_value", `Attribute ${node.attribute_id}: at least one value is required.`)
    given.set(node.attribute_id, { attribute_id: node.attribute_id, attribute_value_list: values })
  }
  const missing = tree.filter((node) => node.mandatory && !given.has(node.attribute_id))
  if (missing.length > 0) throw new ContractError("error_less_required_attribute", `Mandatory attribute(s) missing: ${missing.map((node) => node.attribute_id).join(", ")}.`)
  return [...given.values()]
}

/**
 * Channels from get_channel_list with mask_channel_id 0; at least one
 * enabled; per fee_type: CUSTOM_PRICE needs shipping_fee, SIZE_SELECTION a
 * size_id, SIZE_INPUT the item's dimension ("Creating product" guide).
 */
function checkLogistics(value: unknown, dimension: ContractItem["dimension"], weight: number): ShopeeLogisticInfo[] {
  const invalid = (detail: string) => new ContractError("error_param", `Invalid logistic info: ${detail}`)
  if (!Array.isArray(value) || value.length === 0) throw invalid("at least one channel is required")
  const out: ShopeeLogisticInfo[] = []
  for (const entry of value) {
    if (!isRecord(entry) || !isInteger(entry.logistic_id) || typeof entry.enabled !== "boolean") throw invalid("logistic_id and enabled are required")
    const channel = FIXTURE_CHANNELS.find((candidate) => candidate.logistics_channel_id === entry.logistic_id)
    if (!channel || channel.mask_channel_id !== 0) throw invalid(`channel ${entry.logistic_id} cannot be set on an item`)
    if (entry.enabled && !channel.enabled) throw invalid(`channel ${entry.logistic_id} is not enabled for the shop`)
    if (entry.enabled && channel.fee_type === "CUSTOM_PRICE" && !isNumber(entry.shipping_fee)) throw invalid(`channel ${entry.logistic_id} needs shipping_fee`)
    if (entry.enabled && channel.fee_type === "SIZE_SELECTION" && entry.size_id === undefined) throw invalid(`channel ${entry.logistic_id} needs size_id`)
    if (entry.enabled && channel.fee_type === "SIZE_INPUT" && dimension === null) throw invalid(`channel ${entry.logistic_id} needs the item dimension`)
    const limits = channel.weight_limit
    if (entry.enabled && limits && (weight < limits.item_min_weight || weight > limits.item_max_weight)) throw invalid(`weight is outside channel ${entry.logistic_id}'s limits`)
    out.push({
      logistic_id: entry.logistic_id,
      enabled: entry.enabled,
      is_free: entry.is_free === true,
      shipping_fee: isNumber(entry.shipping_fee) ? entry.shipping_fee : undefined,
      size_id: isInteger(entry.size_id) ? entry.size_id : undefined,
    })
  }
  if (!out.some((entry) => entry.enabled)) throw invalid("at least one channel must be enabled")
  return out
}
