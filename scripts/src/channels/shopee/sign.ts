import { createHmac } from "node:crypto"

/**
 * Shopee Open Platform v2 signatures (developer guide "API calls" and
 * "Authorization and Authentication"): lowercase hex HMAC-SHA256 keyed with
 * the partner_key as UTF-8 text (never hex-decoded: that gives error_sign),
 * over the parts concatenated without separators.
 */

/** Base string of a shop API: partner_id + api_path + timestamp + access_token + shop_id. */
export function shopBaseString(partnerId: number, apiPath: string, timestamp: number, accessToken: string, shopId: number): string {
  return `${partnerId}${apiPath}${timestamp}${accessToken}${shopId}`
}

/** Base string of a public API (auth, token refresh, media_space image upload): partner_id + api_path + timestamp. */
export function publicBaseString(partnerId: number, apiPath: string, timestamp: number): string {
  return `${partnerId}${apiPath}${timestamp}`
}

export function shopeeSign(partnerKey: string, baseString: string): string {
  return createHmac("sha256", Buffer.from(partnerKey, "utf8")).update(baseString, "utf8").digest("hex")
}

/** Unix seconds, the unit Shopee's `timestamp` takes (valid for 5 minutes). */
export function unixSeconds(nowMs: number): number {
  return Math.floor(nowMs / 1000)
}
