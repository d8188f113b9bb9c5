import { z } from "zod"
import { booleanParam, searchTextParam } from "../../../utils/validation"
import { StoreOcopProductsParams } from "../products/validators"
import { SEARCH_SORTS } from "./ocop-search"

const enumOf = <T extends string>(values: readonly T[], what: string) =>
  z.enum(values as [T, ...T[]], { error: () => `unknown ${what}; expected one of ${values.join(", ")}` })

/**
 * The catalogue's filters, pagination and facets, with the search's sorts
 * (default: relevance with a query, stars without) and `in_stock=true` (only
 * what can be bought now).
 */
export const StoreOcopSearchParams = StoreOcopProductsParams.omit({ sort: true })
  .extend({ sort: enumOf(SEARCH_SORTS, "sort").optional(), in_stock: booleanParam.optional() })
  .strict()

export type StoreOcopSearchParamsType = z.infer<typeof StoreOcopSearchParams>

export const StoreOcopSuggestParams = z.object({ q: searchTextParam }).strict()
