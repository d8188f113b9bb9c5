import type { Locale } from "@/i18n/routing"

/**
 * The same page in another language: `/vi/products/x` → `/en/products/x`.
 * The unfiltered catalogue is served by a rewrite to `catalogue-default`,
 * which the browser never sees, so that name maps back to `products`.
 */
export function switchLocalePath(pathname: string, from: Locale, to: Locale): string {
  const segments = pathname.split("/").filter(Boolean)
  if (segments[0] === from) segments.shift()
  if (segments[0] === "catalogue-default") segments[0] = "products"
  return `/${[to, ...segments].join("/")}`
}
