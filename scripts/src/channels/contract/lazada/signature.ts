import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * The contract server's own signature check, written separately from the
 * client's signer so that a shared mistake cannot make both agree: byte-wise
 * (ASCII) name order, `sign` and empty values left out, API path in front,
 * HMAC-SHA256 with the app secret, upper-case hex.
 */
export function expectedSignature(appSecret: string, apiPath: string, params: Readonly<Record<string, string>>): string {
  const names = Object.keys(params).filter((name) => name !== "sign" && params[name] !== "")
  names.sort((a, b) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8")))
  let base = apiPath
  for (const name of names) base += name + params[name]
  return createHmac("sha256", appSecret).update(Buffer.from(base, "utf8")).digest("hex").toUpperCase()
}

export function signaturesMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given, "utf8")
  const b = Buffer.from(expected, "utf8")
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * `timestamp` is "UTC or digital format, like 2017-11-11T12:00:00Z or
 * 1517886554000" (Calling parameters); null when it is neither.
 */
export function parseTimestamp(value: string): number | null {
  if (/^\d{10,16}$/.test(value)) return Number(value)
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return null
  const parsed = Date.parse(value)
  return Number.isNaN(parsed) ? null : parsed
}
