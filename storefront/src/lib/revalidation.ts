import { timingSafeEqual } from "node:crypto"

const TAG = /^(products|producers|regions|product:[a-z0-9-]{1,120}|producer:[a-z0-9-]{1,120})$/

/** Constant-time comparison so the secret cannot be guessed byte by byte. */
export function secretMatches(given: string | null, expected: string | undefined): boolean {
  if (!given || !expected) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Only the shared catalogue tags may be purged; anything else is refused. */
export function parseTags(body: unknown): string[] | null {
  if (!body || typeof body !== "object" || !Array.isArray((body as { tags?: unknown }).tags)) return null
  const tags = (body as { tags: unknown[] }).tags
  if (tags.length === 0 || tags.length > 50) return null
  return tags.every((tag): tag is string => typeof tag === "string" && TAG.test(tag)) ? [...new Set(tags)] : null
}
