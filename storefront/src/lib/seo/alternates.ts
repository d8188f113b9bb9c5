import type { Metadata } from "next"
import { routing, type Locale } from "@/i18n/routing"

/**
 * Canonical and hreflang links for a page that exists in every locale at the
 * same path: `path` is locale-less ("/products/banh-khao-son-tong", "" for home).
 * Relative URLs are resolved against `metadataBase` (set by the locale layout).
 */
export function localeAlternates(locale: Locale, path: string, query = ""): NonNullable<Metadata["alternates"]> {
  const suffix = query ? `?${query}` : ""
  const languages: Record<string, string> = {}
  for (const other of routing.locales) languages[other] = `/${other}${path}${suffix}`
  languages["x-default"] = `/${routing.defaultLocale}${path}${suffix}`
  return { canonical: `/${locale}${path}${suffix}`, languages }
}
