/**
 * The storefront's public origin, for canonical links, hreflang, the sitemap
 * and JSON-LD. Read at request time (pages render on first visit), so one
 * build serves any host. `pnpm start` sets STOREFRONT_URL.
 */
export function siteUrl(): URL {
  const configured = process.env.STOREFRONT_URL ?? process.env.NEXT_PUBLIC_SITE_URL
  try {
    if (configured) return new URL(configured)
  } catch {
    // A malformed value falls back to the local address rather than breaking every page.
  }
  return new URL("http://localhost:8000")
}

/** An absolute URL on this site for a path such as "/vi/products". */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).toString()
}
