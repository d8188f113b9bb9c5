import type { Locale } from "./routing"

/**
 * Messages are split by namespace (one JSON file per page area) so that
 * features can be added without editing one shared file. Vietnamese is the
 * reference: every namespace exists in both languages with the same keys
 * (checked by a unit test).
 */
export const NAMESPACES = ["meta", "nav", "home", "product", "footer", "errors", "cart", "catalogue", "producer", "legal", "checkout", "order", "account", "search"] as const

export type Namespace = (typeof NAMESPACES)[number]

export async function loadMessages(locale: Locale): Promise<Record<Namespace, Record<string, unknown>>> {
  const entries = await Promise.all(
    NAMESPACES.map(async (namespace) => [namespace, (await import(`../messages/${locale}/${namespace}.json`)).default] as const)
  )
  return Object.fromEntries(entries) as Record<Namespace, Record<string, unknown>>
}
