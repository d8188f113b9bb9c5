import "server-only"
import type { BackendCatalogueQuery } from "../catalogue/params"
import { sdk } from "../config"
import type { SearchPage, SearchSuggestions } from "../types"

/**
 * Search reads are per request, never cached by tag: the words are endless,
 * so each query would be a cache entry of its own. (The suggestions route
 * sends short HTTP cache headers instead.)
 */
const perRequest = { cache: "no-store" } as const

/** GET /store/ocop/search with a ready query (catalogue/params.ts backendQuery: the catalogue's parameters). */
export async function fetchSearch(query: BackendCatalogueQuery): Promise<SearchPage> {
  const page = await sdk().client.fetch<SearchPage>("/store/ocop/search", { query, ...perRequest })
  return { ...page, suggestion: page.suggestion ?? null }
}

/** GET /store/ocop/search/suggest, trimmed to the fields the header's box shows. */
export async function fetchSuggestions(q: string, limit = 6): Promise<SearchSuggestions> {
  const body = await sdk().client.fetch<SearchSuggestions>("/store/ocop/search/suggest", { query: { q }, ...perRequest })
  return {
    products: (body.products ?? []).slice(0, limit).map(({ handle, title, thumbnail, stars }) => ({
      handle,
      title,
      thumbnail: thumbnail ?? null,
      stars: stars ?? null,
    })),
    producers: (body.producers ?? []).slice(0, limit).map(({ handle, name, type }) => ({ handle, name, type })),
  }
}
