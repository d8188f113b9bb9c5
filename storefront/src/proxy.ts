import createMiddleware from "next-intl/middleware"
import { NextResponse, type NextRequest } from "next/server"
import { routing } from "./i18n/routing"

const intl = createMiddleware(routing)
const DEFAULT_CATALOGUE = /^\/(vi|en)\/products\/?$/

/**
 * Locale routing (next-intl), plus one rewrite: the unfiltered catalogue is a
 * cached page (catalogue-default) instead of a per-request render. The
 * address the shopper sees stays /<locale>/products.
 */
export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const match = DEFAULT_CATALOGUE.exec(pathname)
  if (match && !search) {
    return NextResponse.rewrite(new URL(`/${match[1]}/catalogue-default`, request.url))
  }
  return intl(request)
}

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
}
