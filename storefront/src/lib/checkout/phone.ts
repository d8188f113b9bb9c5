/**
 * Vietnamese phone numbers: "0912 345 678", "091.234.5678", "+84 912 345 678"
 * and "84912345678" are the same phone, stored as +84912345678. Mobiles are
 * 0 + 3/5/7/8/9 + 8 digits; landlines 02 + 9 digits.
 */
export function normalizeVietnamesePhone(input: string): string | null {
  const compact = input.trim().replace(/[\s.\-()]/g, "")
  let national: string
  if (compact.startsWith("+84")) national = `0${compact.slice(3)}`
  else if (compact.startsWith("84") && compact.length >= 11) national = `0${compact.slice(2)}`
  else national = compact
  if (!/^0[35789]\d{8}$/.test(national) && !/^02\d{9}$/.test(national)) return null
  return `+84${national.slice(1)}`
}
