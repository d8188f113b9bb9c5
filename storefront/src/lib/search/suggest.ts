import type { SearchSuggestions } from "../types"

/**
 * The header search box's instant suggestions: shared by the client island,
 * the same-origin route (app/api/search/suggest) and their tests. Pure and
 * small: it ships on every page.
 */
export const SUGGEST_MIN_CHARS = 2
export const SUGGEST_DEBOUNCE_MS = 150
const MAX_CHARS = 100
const HANDLE = /^[a-z0-9-]{1,200}$/

/** The words to ask suggestions for (spaces collapsed), or null below SUGGEST_MIN_CHARS characters. */
export function suggestQuery(raw: string | null | undefined): string | null {
  const q = (raw ?? "").normalize("NFC").replace(/[\u0000-\u001f\s]+/g, " ").trim()
  const chars = [...q]
  return chars.length < SUGGEST_MIN_CHARS ? null : chars.slice(0, MAX_CHARS).join("").trim()
}

/** The same-origin route the island calls. */
export function suggestUrl(q: string): string {
  return `/api/search/suggest?q=${encodeURIComponent(q)}`
}

export type SuggestionItem =
  | { kind: "product"; href: string; label: string; stars: number | null }
  | { kind: "producer"; href: string; label: string }
  | { kind: "search"; label: string }

/** A suggestion's page: /<locale>/products/<handle> or /<locale>/producers/<handle>. */
export function suggestionHref(locale: string, kind: "product" | "producer", handle: string): string | null {
  if (!HANDLE.test(handle)) return null
  return `/${locale}/${kind === "product" ? "products" : "producers"}/${handle}`
}

/** The listbox's options in order: products, producers, then "search for …" (always last). */
export function suggestionItems(locale: string, data: SearchSuggestions | null, q: string): SuggestionItem[] {
  const items: SuggestionItem[] = []
  for (const product of data?.products ?? []) {
    const href = suggestionHref(locale, "product", product.handle)
    if (href) items.push({ kind: "product", href, label: product.title, stars: product.stars })
  }
  for (const producer of data?.producers ?? []) {
    const href = suggestionHref(locale, "producer", producer.handle)
    if (href) items.push({ kind: "producer", href, label: producer.name })
  }
  items.push({ kind: "search", label: q })
  return items
}
