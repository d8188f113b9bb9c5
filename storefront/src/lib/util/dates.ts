import type { Locale } from "@/i18n/routing"

const formats: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
}

/**
 * A calendar day from the backend ("2029-03-27") as people read it:
 * "27/03/2029" in Vietnamese, "27 March 2029" in English. Days carry no time
 * zone, so they are formatted in UTC and never shift by one.
 */
export function formatDay(day: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) return day
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return formats[locale].format(date)
}
