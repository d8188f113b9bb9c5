import { z } from "zod"
import { CATALOGUE_SORTS } from "../../../../modules/ocop/catalogue-query"
import { PRODUCT_GROUP_CODES } from "../../../../modules/ocop/domain/classification"
import { DISTRICT_CODES } from "../../../../modules/ocop/domain/geography"
import { PRODUCER_TYPE_CODES } from "../../../../modules/ocop/domain/producer-types"
import { booleanParam, listParam, pagination, searchTextParam } from "../../../utils/validation"

const enumOf = <T extends string>(values: readonly T[], what: string) =>
  z.enum(values as [T, ...T[]], { error: () => `unknown ${what}; expected one of ${values.join(", ")}` })

export const StoreOcopProductsParams = z
  .object({
    stars: listParam(
      z.coerce
        .number()
        .int()
        .refine((stars) => stars >= 3 && stars <= 5, "stars must be 3, 4 or 5")
    ),
    group: listParam(enumOf(PRODUCT_GROUP_CODES, "group")),
    district: listParam(enumOf(DISTRICT_CODES, "district")),
    producer_type: listParam(enumOf(PRODUCER_TYPE_CODES, "producer_type")),
    producer: listParam(z.string().regex(/^[a-z0-9-]{1,96}$/, "producer must be a producer handle")),
    q: searchTextParam,
    price_min: z.coerce.number().int().min(0).optional(),
    price_max: z.coerce.number().int().min(0).optional(),
    /** Default: `relevance` with a text query, `stars` without. */
    sort: enumOf(CATALOGUE_SORTS, "sort").optional(),
    facets: booleanParam.default(false),
    region_id: z.string().max(64).optional(),
    ...pagination(24),
  })
  .strict()

export type StoreOcopProductsParamsType = z.infer<typeof StoreOcopProductsParams>

export const StoreOcopProductParams = z.object({ region_id: z.string().max(64).optional() }).strict()
