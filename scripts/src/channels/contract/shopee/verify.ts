import { timingSafeEqual } from "node:crypto"
import { publicBaseString, shopBaseString, shopeeSign } from "../../shopee/sign"
import { ContractError } from "./contract-error"
import type { ShopeeContractState } from "./state"

/** Shopee accepts a timestamp for 5 minutes. */
export const TIMESTAMP_WINDOW_SECONDS = 300

/**
 * The gateway checks every call makes before any business logic, with the
 * documented messages: partner_id, timestamp within 5 minutes of the
 * server's clock, sign over the shop or public base string, and (shop APIs)
 * a live access token for that shop. Returns the shop id of a shop call.
 */
export function verifyCommon(state: ShopeeContractState, path: string, query: URLSearchParams, kind: "shop" | "public"): number | null {
  const partnerRaw = query.get("partner_id")
  if (!partnerRaw) throw new ContractError("error_param", "There is no partner_id in query.", 400)
  const partnerId = Number(partnerRaw)
  if (!/^\d+$/.test(partnerRaw) || partnerId !== state.partnerId) throw new ContractError("error_param", "Invalid partner_id.", 400)

  const timestampRaw = query.get("timestamp")
  if (!timestampRaw) throw new ContractError("error_param", "no timestamp", 400)
  const timestamp = Number(timestampRaw)
  if (!/^\d+$/.test(timestampRaw) || Math.abs(state.nowSeconds() - timestamp) > TIMESTAMP_WINDOW_SECONDS) {
    throw new ContractError("error_param", "Invalid timestamp", 400)
  }

  const sign = query.get("sign")
  if (!sign) throw new ContractError("error_param", "There is no sign in query.", 400)

  if (kind === "public") {
    checkSign(sign, shopeeSign(state.partnerKey, publicBaseString(partnerId, path, timestamp)))
    return null
  }

  const accessToken = query.get("access_token")
  if (!accessToken) throw new ContractError("error_param", "There is no access_token in query.", 400)
  const shopRaw = query.get("shop_id")
  if (!shopRaw || !/^\d+$/.test(shopRaw)) throw new ContractError("error_param", "There is no shop_id in query.", 400)
  const shopId = Number(shopRaw)
  checkSign(sign, shopeeSign(state.partnerKey, shopBaseString(partnerId, path, timestamp, accessToken, shopId)))
  const tokenShop = state.accessTokenShop(accessToken)
  if (tokenShop === null) throw new ContractError("error_auth", "Invalid access_token.", 403)
  if (tokenShop !== shopId || shopId !== state.shopId) throw new ContractError("error_auth", "Invalid partner_id or shopid.", 403)
  return shopId
}

function checkSign(given: string, expected: string): void {
  const a = Buffer.from(given, "utf8")
  const b = Buffer.from(expected, "utf8")
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new ContractError("error_sign", "Wrong sign.", 403)
}
