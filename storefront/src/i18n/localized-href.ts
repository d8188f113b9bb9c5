/** `/products?stars=4` in Vietnamese → `/vi/products?stars=4`; the home page is `/vi`. */
export function localizedHref(href: string, locale: string): string {
  if (!href.startsWith("/")) return href
  return href === "/" ? `/${locale}` : `/${locale}${href}`
}
