import { ContractError } from "../contract-error"
import { isInteger } from "./params"
import type { HandlerInput, HandlerOutput } from "./types"

/**
 * auth/token/get and auth/access_token/get answer at the top level:
 * `{refresh_token, access_token, expire_in, request_id, error, message}`.
 */

/** auth/token/get: a one-time code (10 minutes) for the first pair. */
export function tokenGet({ state, json }: HandlerInput): HandlerOutput {
  checkPartner(state.partnerId, json.partner_id)
  const shopId = json.shop_id
  if (!isInteger(shopId)) throw new ContractError("error_param", "Wrong parameters, detail: shop_id or main_account_id is required.")
  if (typeof json.code !== "string" || !state.useAuthCode(json.code, shopId)) {
    // The page's error example.
    throw new ContractError("error_auth", "Invalid code", 403)
  }
  const pair = state.issueTokenPair(shopId)
  return { top: { access_token: pair.accessToken, refresh_token: pair.refreshToken, expire_in: pair.expireIn } }
}

/**
 * auth/access_token/get: "Refresh_token can be used once only, this API will
 * also return a new refresh_token". A reused, unknown or expired refresh
 * token is refused (the exact error text is UNVERIFIED: error_param,
 * "Invalid refresh_token.").
 */
export function accessTokenGet({ state, json }: HandlerInput): HandlerOutput {
  checkPartner(state.partnerId, json.partner_id)
  const shopId = json.shop_id
  if (!isInteger(shopId)) throw new ContractError("error_param", "Wrong parameters, detail: shop_id or merchant_id is required.")
  if (typeof json.refresh_token !== "string" || state.useRefreshToken(json.refresh_token, shopId) === null) {
    throw new ContractError("error_param", "Invalid refresh_token.")
  }
  const pair = state.issueTokenPair(shopId)
  return { top: { access_token: pair.accessToken, refresh_token: pair.refreshToken, expire_in: pair.expireIn, partner_id: state.partnerId, shop_id: shopId } }
}

/** shop/get_shop_info (top-level fields): `expire_time` is when the seller's authorisation ends. */
export function shopInfo({ state }: HandlerInput): HandlerOutput {
  return {
    top: {
      shop_name: "OCOP Cao Bằng",
      region: "VN",
      status: "NORMAL",
      is_cb: false,
      auth_time: Math.floor(state.authorisedAtMs / 1000),
      expire_time: Math.floor(state.authorisationExpiresAtMs / 1000),
    },
  }
}

function checkPartner(expected: number, given: unknown): void {
  if (given !== expected) throw new ContractError("error_param", "Invalid partner_id.")
}
