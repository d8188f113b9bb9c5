import { ContractError } from "../contract-error"
import { FIXTURE_BRANDS, FIXTURE_CATEGORIES, FIXTURE_CHANNELS, fixtureAttributeTree } from "../fixtures"
import { queryInt, queryList, wrong } from "./params"
import type { HandlerInput, HandlerOutput } from "./types"

/** get_category: `language` optional. */
export function getCategory({ query }: HandlerInput): HandlerOutput {
  const language = query.get("language")
  return {
    response: {
      category_list: FIXTURE_CATEGORIES.map((category) => ({
        ...category,
        display_category_name: language === "en" ? category.original_category_name : category.display_category_name,
      })),
    },
  }
}

/** get_attribute_tree: category_id_list (≤ 20), leaf categories only. */
export function getAttributeTree({ query }: HandlerInput): HandlerOutput {
  const ids = queryList(query, "category_id_list").map(Number)
  if (ids.length === 0 || ids.some((id) => !Number.isInteger(id))) throw wrong("category_id_list is required")
  if (ids.length > 20) throw wrong("category_id_list should be no more than 20")
  for (const id of ids) requireLeaf(id)
  return { response: { list: ids.map(fixtureAttributeTree) } }
}

/** get_brand_list: offset, page_size (≤ 100), category_id, status. */
export function getBrandList({ query }: HandlerInput): HandlerOutput {
  const categoryId = queryInt(query, "category_id", true)
  const offset = queryInt(query, "offset", true)
  const pageSize = queryInt(query, "page_size", true)
  queryInt(query, "status", true)
  if (pageSize < 1 || pageSize > 100) throw wrong("page_size should be between 1 and 100")
  requireLeaf(categoryId)
  const page = FIXTURE_BRANDS.slice(offset, offset + pageSize)
  const next = offset + page.length
  return { response: { brand_list: page, has_next_page: next < FIXTURE_BRANDS.length, next_offset: next, is_mandatory: false, input_type: "DROP_DOWN" } }
}

/** get_item_limit: the per-category limits (the same fixture for every leaf). */
export function getItemLimit({ state, query }: HandlerInput): HandlerOutput {
  requireLeaf(queryInt(query, "category_id", true))
  return { response: { ...state.itemLimit } }
}

export function getChannelList(_input: HandlerInput): HandlerOutput {
  return { response: { logistics_channel_list: FIXTURE_CHANNELS } }
}

export function requireLeaf(categoryId: number): void {
  const category = FIXTURE_CATEGORIES.find((candidate) => candidate.category_id === categoryId)
  if (!category) throw new ContractError("error_invalid_category", "Category is invalid.")
  if (category.has_children) throw new ContractError("error_invalid_category", "Category is not a leaf category.")
}
