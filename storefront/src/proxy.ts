import createMiddleware from "next-intl/middleware"
import { routing } from "./i18n/routing"

/**
 * Locale routing (next-intl) for addresses without a locale: `/` and
 * `/products/x` are redirected to `/vi/…`. Pages under /vi and /en skip the
 * proxy: their locale is the [locale] segment, so a cached page is served
 * without running any code first. (The unfiltered catalogue's rewrite to its
 * cached page is in next.config.ts.)
 */
export default createMiddleware(routing)

export const config = {
  matcher: "/((?!api|_next|_vercel|vi/|en/|.*\\..*).*)",
}
