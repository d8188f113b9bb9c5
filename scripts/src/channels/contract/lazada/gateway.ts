import { ContractFailure, missingSystemParameter } from "./failure"
import type { Route } from "./route"
import { expectedSignature, parseTimestamp, signaturesMatch } from "./signature"
import type { ContractState } from "./state"

/** Lazada's accepted clock skew: "less than 7200s difference from UTC time". */
export const TIMESTAMP_WINDOW_MS = 7200 * 1000

/**
 * What the Lazada gateway checks before any API runs: app key, sign method,
 * timestamp window (against the server's own clock), the signature
 * (recomputed over every parameter but `sign` and files) and, for seller
 * APIs, a live access token. Returns the seller the token belongs to.
 *
 * Codes other than MissingParameter, IncompleteSignature and
 * IllegalAccessToken are not in the stored docs (InvalidAppKey,
 * InvalidSignMethod, InvalidTimestamp are named by analogy).
 */
export function checkGateway(input: {
  route: Route
  apiPath: string
  params: Record<string, string>
  appKey: string
  appSecret: string
  state: ContractState
  now: number
}): string | null {
  const { params } = input
  for (const name of ["app_key", "sign_method", "timestamp", "sign"]) {
    if (!params[name]) throw missingSystemParameter(name)
  }
  if (params.app_key !== input.appKey) throw new ContractFailure("InvalidAppKey", "The specified app key is invalid")
  if (params.sign_method.toLowerCase() !== "sha256") throw new ContractFailure("InvalidSignMethod", "The specified sign_method is not supported")
  const timestamp = parseTimestamp(params.timestamp)
  if (timestamp === null || Math.abs(input.now - timestamp) > TIMESTAMP_WINDOW_MS) {
    throw new ContractFailure("InvalidTimestamp", "The timestamp is invalid or more than 7200 s away from UTC")
  }
  if (!signaturesMatch(params.sign, expectedSignature(input.appSecret, input.apiPath, params))) {
    throw new ContractFailure("IncompleteSignature", "The request signature does not conform to lazop standards")
  }
  if (input.route.auth !== "seller") return null
  const token = params.access_token
  if (!token) throw missingSystemParameter("access_token")
  const sellerId = input.state.sellerFor(token)
  if (!sellerId) throw new ContractFailure("IllegalAccessToken", "The specified access token is invalid or expired")
  return sellerId
}
