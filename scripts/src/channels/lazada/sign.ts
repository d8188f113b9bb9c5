import { createHmac } from "node:crypto"

/**
 * Lazada Open Platform request signing ("Signature algorithm", open.lazada.com
 * docId 108068):
 *  1. take every request parameter, system and business, except `sign` and
 *     file (byte-array) parameters, which the caller never passes here;
 *  2. sort them by name in ASCII order;
 *  3. concatenate `name + value` with no separators;
 *  4. put the API path (e.g. `/order/get`) in front;
 *  5. HMAC-SHA256 over the UTF-8 bytes with the app secret, upper-case hex.
 * Parameters with an empty value are left out, as the official SDKs do.
 */
export function lazadaSignatureBase(apiPath: string, params: Readonly<Record<string, string>>): string {
  const names = Object.keys(params)
    .filter((name) => name !== "sign" && params[name] !== "")
    .sort(asciiOrder)
  return apiPath + names.map((name) => name + params[name]).join("")
}

export function lazadaSign(appSecret: string, apiPath: string, params: Readonly<Record<string, string>>): string {
  return createHmac("sha256", Buffer.from(appSecret, "utf8"))
    .update(lazadaSignatureBase(apiPath, params), "utf8")
    .digest("hex")
    .toUpperCase()
}

/** Code-unit order, which equals ASCII order for Lazada's ASCII parameter names (no locale rules). */
function asciiOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
