import type { MetadataRoute } from "next"
import { routing } from "@/i18n/routing"
import { listAllProductHandles } from "@/lib/data/products"
import { listAllProducerHandles } from "@/lib/data/producers"
import { absoluteUrl } from "@/lib/seo/site-url"

/**
 * Built per request (never at build time, which must not need the backend);
 * the backend reads behind it are shared cache entries. If the backend is
 * down, the sitemap still lists the static pages.
 */
export const dynamic = "force-dynamic"

const STATIC_PATHS: { path: string; priority: number; changeFrequency: "daily" | "weekly" | "monthly" }[] = [
  { path: "", priority: 1, changeFrequency: "daily" },
  { path: "/products", priority: 0.9, changeFrequency: "daily" },
  { path: "/producers", priority: 0.7, changeFrequency: "weekly" },
  { path: "/legal/sellers", priority: 0.3, changeFrequency: "monthly" },
  { path: "/legal/shipping-returns", priority: 0.3, changeFrequency: "monthly" },
  { path: "/contact", priority: 0.3, changeFrequency: "monthly" },
]

function entries(
  path: string,
  options: { priority: number; changeFrequency: "daily" | "weekly" | "monthly" }
): MetadataRoute.Sitemap {
  const languages = Object.fromEntries(routing.locales.map((locale) => [locale, absoluteUrl(`/${locale}${path}`)]))
  return routing.locales.map((locale) => ({
    url: absoluteUrl(`/${locale}${path}`),
    changeFrequency: options.changeFrequency,
    priority: options.priority,
    alternates: { languages },
  }))
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [products, producers] = await Promise.all([
    listAllProductHandles().catch(() => [] as string[]),
    listAllProducerHandles().catch(() => [] as string[]),
  ])
  return [
    ...STATIC_PATHS.flatMap(({ path, ...options }) => entries(path, options)),
    ...products.flatMap((handle) => entries(`/products/${handle}`, { priority: 0.8, changeFrequency: "weekly" })),
    ...producers.flatMap((handle) => entries(`/producers/${handle}`, { priority: 0.6, changeFrequency: "weekly" })),
  ]
}
