import type { APIRequestContext } from "@playwright/test"

/**
 * The browse specs choose their products by asking the backend, so they never
 * depend on handles or on today's date (certificates expire). The run passes
 * E2E_BACKEND_URL and E2E_PUBLISHABLE_KEY.
 */
function config(): { url: string; key: string } {
  const url = process.env.E2E_BACKEND_URL
  const key = process.env.E2E_PUBLISHABLE_KEY
  if (!url || !key) throw new Error("The browse specs need E2E_BACKEND_URL and E2E_PUBLISHABLE_KEY (the store's publishable key)")
  return { url: url.replace(/\/$/, ""), key }
}

export async function storeGet<T>(request: APIRequestContext, path: string, query: Record<string, string | number> = {}): Promise<T> {
  const { url, key } = config()
  const search = new URLSearchParams(Object.entries(query).map(([name, value]) => [name, String(value)]))
  const target = `${url}${path}${search.size ? `?${search}` : ""}`
  const get = () => request.get(target, { headers: { "x-publishable-api-key": key } })
  // A kept-alive socket the backend has just closed fails once with ECONNRESET: try again once.
  const response = await get().catch((error: unknown) => {
    if (error instanceof Error && /ECONNRESET|socket hang up/.test(error.message)) return get()
    throw error
  })
  if (!response.ok()) throw new Error(`GET ${path} answered ${response.status()}: ${await response.text()}`)
  return (await response.json()) as T
}

export type Badge = { stars: number; certificate_number: string; decision_number: string; issuer: string; is_sample: boolean }

export type CatalogueCard = {
  handle: string
  title: string
  ocop: Badge | null
  variants: { id: string; calculated_price?: { calculated_amount?: number | null } | null }[]
  producer: { handle: string; name: string } | null
}

export type CatalogueResponse = {
  products: CatalogueCard[]
  count: number
  facets?: Record<"stars" | "group" | "district" | "producer_type", Record<string, number>>
}

export type ProductDetailResponse = {
  product: CatalogueCard & {
    label: { alcohol_percent?: number | null } | null
    is_sample: boolean
    producer: { handle: string; name: string; is_sample: boolean } | null
  }
}

export type Producer = {
  handle: string
  name: string
  phone: string | null
  zalo: string | null
  registration_number: string | null
  representative: string | null
  address: string | null
  is_sample: boolean
}

export async function catalogue(request: APIRequestContext, query: Record<string, string | number> = {}): Promise<CatalogueResponse> {
  return storeGet<CatalogueResponse>(request, "/store/ocop/products", { limit: 24, offset: 0, ...query })
}

/** Every published product card (the whole catalogue, 100 at a time). */
export async function allProducts(request: APIRequestContext): Promise<CatalogueCard[]> {
  const cards: CatalogueCard[] = []
  for (let offset = 0; ; offset += 100) {
    const page = await catalogue(request, { limit: 100, offset, sort: "title" })
    cards.push(...page.products)
    if (page.products.length < 100) return cards
  }
}

export async function productDetail(request: APIRequestContext, handle: string): Promise<ProductDetailResponse> {
  return storeGet<ProductDetailResponse>(request, `/store/ocop/products/${handle}`)
}

/** Live stock per variant id, as Medusa's store API reports it. */
export async function liveStock(request: APIRequestContext, handle: string): Promise<Map<string, number | null>> {
  const { products } = await storeGet<{
    products: { variants: { id: string; manage_inventory: boolean; allow_backorder?: boolean; inventory_quantity?: number }[] }[]
  }>(request, "/store/products", {
    handle,
    fields: "variants.id,variants.inventory_quantity,variants.manage_inventory,variants.allow_backorder",
  })
  return new Map(
    (products[0]?.variants ?? []).map((variant) => [
      variant.id,
      !variant.manage_inventory || variant.allow_backorder ? null : Math.max(0, variant.inventory_quantity ?? 0),
    ])
  )
}

/** "120.000 ₫" with a no-break space, as the storefront prints VND. */
export function vnd(amount: number): string {
  return new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND", maximumFractionDigits: 0 }).format(amount)
}

/** "+84912345678" → "0912 345 678"; landlines "0206 3469 623". */
export function nationalPhone(e164: string): string {
  const national = `0${e164.slice(3)}`
  return national.length === 10
    ? `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
    : `${national.slice(0, 4)} ${national.slice(4, 8)} ${national.slice(8)}`
}

/** Accent-free lower case, so "Bánh khảo" matches "banh khao". */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase()
}
