/**
 * Vietnamese phone numbers arrive from the backend in E.164 ("+84912345678").
 * Shoppers read them in national form: mobiles "0912 345 678",
 * landlines "0206 3469 623" (area code 02xx, then 7 digits).
 */
export function formatPhone(e164: string): string {
  const digits = e164.replace(/[^\d+]/g, "")
  if (!/^\+84\d{9,10}$/.test(digits)) return e164
  const national = `0${digits.slice(3)}`
  if (national.length === 10) return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
  return `${national.slice(0, 4)} ${national.slice(4, 8)} ${national.slice(8)}`
}

/** A tel: link that dials from abroad too. */
export function telHref(e164: string): string {
  return `tel:${e164.replace(/[^\d+]/g, "")}`
}

/** Only https://zalo.me/… links are used as Zalo links; anything else is not a link. */
export function safeZaloHref(link: string | null | undefined): string | null {
  if (!link) return null
  return /^https:\/\/zalo\.me\/[A-Za-z0-9._-]+$/.test(link) ? link : null
}
