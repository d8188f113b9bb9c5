/**
 * Vietnamese phone numbers. "0912 345 678", "091.234.5678", "+84 912 345 678"
 * and "84912345678" are the same phone; it is stored in E.164 (+84912345678).
 * Mobiles are 0 + 3/5/7/8/9 + 8 digits; landlines 02 + 9 digits (Cao Bằng: 0206).
 */
const MOBILE = /^0[35789]\d{8}$/
const LANDLINE = /^02\d{9}$/

export function normalizeVietnamesePhone(input: string): string | null {
  const compact = input.trim().replace(/[\s.\-()]/g, "")
  let national: string
  if (compact.startsWith("+84")) national = `0${compact.slice(3)}`
  else if (compact.startsWith("84") && compact.length >= 11) national = `0${compact.slice(2)}`
  else national = compact
  if (!MOBILE.test(national) && !LANDLINE.test(national)) return null
  return `+84${national.slice(1)}`
}

/** "+84912345678" → "0912 345 678" for display. */
export function formatVietnamesePhone(e164: string): string {
  const national = `0${e164.replace(/^\+84/, "")}`
  if (national.length === 10) return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
  return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
}

/**
 * Zalo contact: a phone number (normalised like any phone) or a zalo.me link.
 * Returns the link shoppers can open, or null when the input is neither.
 */
export function normalizeZalo(input: string): string | null {
  const trimmed = input.trim()
  const link = /^https:\/\/zalo\.me\/([A-Za-z0-9._-]+)$/.exec(trimmed)
  if (link) return trimmed
  const phone = normalizeVietnamesePhone(trimmed)
  return phone ? `https://zalo.me/0${phone.slice(3)}` : null
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim())
}
