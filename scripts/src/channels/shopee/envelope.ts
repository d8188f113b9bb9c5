import { ChannelError } from "../core/errors"
import type { HttpResponse } from "../core/http"

/**
 * Every Shopee v2 answer is `{error, message, request_id, warning, response}`
 * with `error: ""` on success. Auth endpoints (auth/token/get,
 * auth/access_token/get) and shop/get_shop_info put their fields at the top
 * level instead of under `response`, so the whole record is kept.
 */
export type ShopeeEnvelope = {
  error: string
  message: string
  requestId: string | null
  warning: string | null
  /** `response` when present, else an empty record. */
  response: Record<string, unknown>
  /** The whole parsed body (for the top-level auth fields). */
  body: Record<string, unknown>
}

/**
 * Error codes a retry can help with. Codes may carry a module prefix
 * ("product.error_param", "common.error_auth"): classification uses the part
 * after the last dot.
 */
const RETRYABLE = new Set(["error_system_busy", "error_inner", "error_network", "error_server", "error_busi_system_busy"])

/** The codes that mean "this access token is no good": refresh once and retry. */
const AUTH = new Set(["error_auth", "invalid_access_token", "invalid_acceess_token"])

export function baseCode(code: string): string {
  const dot = code.lastIndexOf(".")
  return dot === -1 ? code : code.slice(dot + 1)
}

export function isAuthError(error: unknown): error is ChannelError {
  return error instanceof ChannelError && error.platform === "shopee" && AUTH.has(baseCode(error.code))
}

/**
 * error_auth also answers "No permission to current api." and "Invalid
 * partner_id or shopid.": a new token cannot fix those, so they are not
 * worth spending the single-use refresh token on.
 */
export function isTokenError(error: unknown): error is ChannelError {
  if (!isAuthError(error)) return false
  if (baseCode(error.code) !== "error_auth") return true
  return !/permission|partner_id|shop_?id/i.test(error.message)
}

/**
 * Parses a response and returns the envelope on success; throws a
 * ChannelError (with request id and, when the message names one, the field)
 * otherwise. `secrets` are scrubbed from any text that reaches the error.
 */
export function readEnvelope(path: string, http: HttpResponse, secrets: string[]): ShopeeEnvelope {
  const body = parseJson(http.text)
  const httpRetryable = http.status === 429 || http.status >= 500
  if (!body) {
    throw new ChannelError({
      platform: "shopee",
      code: `http_${http.status}`,
      message: `Shopee ${path}: HTTP ${http.status} without a JSON envelope`,
      retryable: httpRetryable,
      httpStatus: http.status,
    })
  }
  const error = typeof body.error === "string" ? body.error : ""
  const message = scrub(typeof body.message === "string" ? body.message : typeof body.msg === "string" ? body.msg : "", secrets)
  const requestId = typeof body.request_id === "string" && body.request_id ? body.request_id : null
  if (error || http.status >= 400) {
    const code = error || `http_${http.status}`
    throw new ChannelError({
      platform: "shopee",
      code,
      message: `Shopee ${path}: ${code}${message ? `: ${message}` : ""}${requestId ? ` (request_id ${requestId})` : ""}`,
      retryable: httpRetryable || RETRYABLE.has(baseCode(code)),
      field: fieldFromMessage(message),
      requestId,
      httpStatus: http.status,
    })
  }
  const response = isRecord(body.response) ? body.response : {}
  const warning = typeof body.warning === "string" && body.warning ? scrub(body.warning, secrets) : null
  return { error, message, requestId, warning, response, body }
}

/**
 * "invalid field ItemId: value must Not Null" → "item_id" (the snake_case
 * name our request bodies use). Null when the message names no field.
 */
export function fieldFromMessage(message: string): string | null {
  const match = /invalid field\s+([A-Za-z][A-Za-z0-9_.]*)/i.exec(message) ?? /field[: ]+\[?([a-z][a-z0-9_.]*)\]?/.exec(message)
  if (!match?.[1]) return null
  return match[1]
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/\./g, "_")
    .toLowerCase()
}

export function scrub(text: string, secrets: string[]): string {
  let out = text
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join("***")
  return out
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text)
    return isRecord(value) ? value : null
  } catch {
    return null
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}
