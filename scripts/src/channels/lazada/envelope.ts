import type { HttpResponse } from "../core/http"
import { LazadaApiError, type LazadaErrorDetail, type LazadaErrorType } from "./errors"
import { asArray, asRecord, asString, isRecord } from "./parse"

/**
 * Codes after which the same request can succeed later:
 * - ApiCallLimit: "this ban will last 1 seconds" (core retry waits ≥ 1 s);
 * - AppCallLimit: the app-wide counterpart;
 * - 901 / E901: "The request is too frequent, or ... temporarily disabled";
 * - ServiceTimeout: "A small number of timeout errors are normal ... try again";
 * - 6 / E006 "Unexpected internal error", 1000 "Internal Application Error",
 *   513 "Internal call exception": backend hiccups per the API pages.
 */
const RETRYABLE_CODES = new Set(["ApiCallLimit", "AppCallLimit", "901", "E901", "ServiceTimeout", "6", "E006", "1000", "513"])

/**
 * Gateway codes that no retry can fix (wrong key, secret, clock or token).
 * Checked before the SYSTEM-type rule so a SYSTEM-typed auth error is not retried.
 */
const NEVER_RETRY_CODES = new Set([
  "IncompleteSignature",
  "InvalidSignature",
  "MissingParameter",
  "InvalidAppKey",
  "InvalidTimestamp",
  "InvalidSignMethod",
  "IllegalAccessToken",
  "IllegalRefreshToken",
  "InvalidCode",
  "AUTH_TYPE_UNSUPPORTED",
  "InvalidApiPath",
])

/**
 * 500/501 ("Create/Update product failed") and the 4xxx business checks are
 * about the data sent: resending it cannot help even though Lazada may type
 * them ISP.
 */
function isBusinessCode(code: string): boolean {
  return /^E?0*50[01]$/.test(code) || /^4\d{3}$/.test(code)
}

export function isRetryableLazadaError(code: string, type: LazadaErrorType | null, httpStatus: number | null): boolean {
  if (httpStatus !== null && (httpStatus === 429 || httpStatus >= 500)) return true
  if (NEVER_RETRY_CODES.has(code)) return false
  if (RETRYABLE_CODES.has(code)) return true
  // "Error messages" guide: SYSTEM = API platform error, ISP = backend service
  // error ("try again after some time"); ISV = the request's own fault.
  if (type === "SYSTEM") return true
  if (type === "ISP") return !isBusinessCode(code)
  return false
}

/**
 * The field an error message names, when it names one: "E001: Parameter
 * payload is mandatory", 'the input parameter “sign” ... is not supplied',
 * 'E019: "60" Invalid Limit', "E016: ... Invalid Order ID", "E201: Invalid CategoryId".
 */
export function fieldFromMessage(message: string): string | null {
  const patterns: Array<[RegExp, (match: RegExpMatchArray) => string]> = [
    [/parameter\s*["“']?([A-Za-z_][\w.]*)["”']?\s+(?:or\s+[\w.]+\s+)?is mandatory/i, (m) => m[1]],
    [/input parameter\s*["“']([^"”']+)["”']/i, (m) => m[1]],
    [/invalid offset/i, () => "offset"],
    [/invalid limit/i, () => "limit"],
    [/invalid order id/i, () => "order_id"],
    [/invalid categoryid|last level category/i, () => "PrimaryCategory"],
    [/invalid status filter/i, () => "status"],
    [/invalid sort direction/i, () => "sort_direction"],
    [/invalid sort filter/i, () => "sort_by"],
    [/\bfield\s+["“']?([A-Za-z_][\w.]*)["”']?/i, (m) => m[1]],
  ]
  for (const [pattern, pick] of patterns) {
    const match = message.match(pattern)
    if (match) return pick(match)
  }
  return null
}

/** `detail: [{field, message, seller_sku}]`, tolerant of missing keys. */
export function detailsFrom(body: Record<string, unknown>): LazadaErrorDetail[] {
  return asArray(body.detail)
    .filter(isRecord)
    .map((entry) => ({
      sellerSku: asString(entry.seller_sku) ?? asString(entry.SellerSku) ?? null,
      field: asString(entry.field),
      message: asString(entry.message) ?? asString(entry.msg) ?? "",
    }))
}

function errorType(value: unknown): LazadaErrorType | null {
  const type = asString(value)?.toUpperCase()
  return type === "ISV" || type === "ISP" || type === "SYSTEM" ? type : null
}

/**
 * Turns one HTTP answer into the response record (`code: "0"`) or throws a
 * LazadaApiError. The whole body is returned because some APIs put their
 * fields at the top level (auth/token/*, images/migrate's `batch_id`) rather
 * than under `data`.
 */
export function readLazadaEnvelope(apiPath: string, response: HttpResponse): Record<string, unknown> {
  let parsed: unknown = null
  try {
    parsed = JSON.parse(response.text)
  } catch {
    parsed = null
  }
  const httpStatus = response.status
  const httpFailed = httpStatus === 429 || httpStatus >= 400
  if (!isRecord(parsed)) {
    throw new LazadaApiError({
      apiPath,
      code: httpFailed ? `http_${httpStatus}` : "invalid_response",
      message: `Lazada ${apiPath}: ${httpFailed ? `HTTP ${httpStatus}` : "answer is not a JSON object"}`,
      retryable: isRetryableLazadaError("", null, httpStatus),
      httpStatus,
    })
  }
  const code = asString(parsed.code) ?? (httpFailed ? `http_${httpStatus}` : "")
  if (code === "0" && !httpFailed) return parsed
  const type = errorType(parsed.type)
  const message = asString(parsed.message) ?? asString(parsed.error_msg) ?? `HTTP ${httpStatus}`
  const details = detailsFrom(parsed)
  const retryable = details.length === 0 && isRetryableLazadaError(code, type, httpFailed ? httpStatus : null)
  throw new LazadaApiError({
    apiPath,
    code: code || "unknown",
    type,
    message: `Lazada ${apiPath}: ${code} ${message}`.trim(),
    retryable,
    details,
    field: details.find((detail) => detail.field)?.field ?? fieldFromMessage(message),
    requestId: asString(parsed.request_id),
    httpStatus,
  })
}

export function dataOf(body: Record<string, unknown>): Record<string, unknown> {
  return asRecord(body.data)
}
