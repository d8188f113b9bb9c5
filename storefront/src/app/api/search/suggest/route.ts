import { NextResponse, type NextRequest } from "next/server"
import { fetchSuggestions } from "@/lib/data/search"
import { suggestQuery } from "@/lib/search/suggest"
import type { SearchSuggestions } from "@/lib/types"

/**
 * Instant suggestions for the header's search box: the island calls this
 * same-origin route, which asks the backend with the publishable key (kept on
 * the server). Answers may be cached briefly by the browser and a CDN.
 */
const SHORT_CACHE = { "cache-control": "public, max-age=30, s-maxage=60, stale-while-revalidate=60" }
const NO_STORE = { "cache-control": "no-store" }
const EMPTY: SearchSuggestions = { products: [], producers: [] }

export async function GET(request: NextRequest) {
  const q = suggestQuery(request.nextUrl.searchParams.get("q"))
  if (!q) return NextResponse.json(EMPTY, { headers: SHORT_CACHE })
  try {
    return NextResponse.json(await fetchSuggestions(q), { headers: SHORT_CACHE })
  } catch {
    return NextResponse.json({ ...EMPTY, error: "unavailable" }, { status: 502, headers: NO_STORE })
  }
}
