/**
 * Shared cache tags for catalogue data. They are the same for every visitor,
 * so an admin edit invalidates one entry for everybody (never per-visitor tags).
 */
export const CACHE_TAGS = {
  products: "products",
  product: (handle: string) => `product:${handle}`,
  producers: "producers",
  producer: (handle: string) => `producer:${handle}`,
  regions: "regions",
} as const

/** Seconds a catalogue read may be served from cache before it is refreshed in the background. */
export const CATALOGUE_REVALIDATE_SECONDS = 60
