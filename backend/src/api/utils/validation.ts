import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "zod"
import { cleanQuery } from "../../lib/search/query-text"

/** "stars: expected 3, 4 or 5; limit: …" — one readable line per problem, no stack traces. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`)
    .join("; ")
}

export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value)
  if (!result.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, describeZodError(result.error))
  return result.data
}

type Validated = { parsedQuery?: unknown; parsedBody?: unknown }

/** Validates the query string; the route reads the typed result with {@link validatedQuery}. */
export function validateQuery(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      ;(req as MedusaRequest & Validated).parsedQuery = parseOrThrow(schema, req.query)
      next()
    } catch (error) {
      next(error)
    }
  }
}

/** Validates the JSON body (bodies are strict: unknown keys are refused). */
export function validateBody(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      ;(req as MedusaRequest & Validated).parsedBody = parseOrThrow(schema, req.body ?? {})
      next()
    } catch (error) {
      next(error)
    }
  }
}

export function validatedQuery<T extends z.ZodType>(req: MedusaRequest, _schema: T): z.infer<T> {
  return (req as MedusaRequest & Validated).parsedQuery as z.infer<T>
}

export function validatedBody<T extends z.ZodType>(req: MedusaRequest, _schema: T): z.infer<T> {
  return (req as MedusaRequest & Validated).parsedBody as z.infer<T>
}

/** A query parameter that may be repeated (?a=1&a=2) or comma-separated (?a=1,2). */
export function listParam<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => {
    if (value === undefined || value === "") return undefined
    const values = Array.isArray(value) ? value : [value]
    return values.flatMap((entry) => String(entry).split(",")).map((entry) => entry.trim()).filter(Boolean)
  }, z.array(item).optional())
}

export const pagination = (defaultLimit: number, maxLimit = 100) => ({
  offset: z.coerce.number().int().min(0, "offset must be 0 or more").default(0),
  limit: z.coerce
    .number()
    .int()
    .min(1, "limit must be at least 1")
    .max(maxLimit, `limit must be at most ${maxLimit}`)
    .default(defaultLimit),
})

export const booleanParam = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1")

export const dayParam = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")

/**
 * A shopper's search text, never an error: repeated values are joined,
 * control characters dropped, the text cut to 200 characters; SQL or filter
 * syntax is only text to look for. "" when there is nothing to look for.
 */
export const searchTextParam = z.preprocess(
  (value) => (Array.isArray(value) ? value.map(String).join(" ") : value),
  z
    .string()
    .optional()
    .transform((value) => cleanQuery(value))
)
