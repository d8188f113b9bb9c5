import { z } from "zod"
import { DISTRICT_CODES } from "../../../../modules/ocop/domain/geography"
import { PRODUCER_TYPE_CODES } from "../../../../modules/ocop/domain/producer-types"
import { listParam, pagination } from "../../../utils/validation"

export const StoreOcopProducersParams = z
  .object({
    q: z
      .string()
      .transform((value) => value.replace(/[\u0000-\u001f]/g, " ").trim().slice(0, 100))
      .optional(),
    type: listParam(z.enum(PRODUCER_TYPE_CODES as [string, ...string[]], { error: () => `unknown producer type` })),
    district: listParam(z.enum(DISTRICT_CODES as [string, ...string[]], { error: () => `unknown district` })),
    ...pagination(20),
  })
  .strict()

export const StoreOcopProducerParams = z
  .object({
    ...pagination(24),
  })
  .strict()
