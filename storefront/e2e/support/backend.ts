import type { APIRequestContext } from "@playwright/test"

/*
 * RECONSTRUCTED FILE — the checkout engineer's original e2e/support/backend.ts
 * was overwritten by mistake by the browse work (see its report). This version
 * provides the three exports checkout.spec.ts uses, with the same names and
 * call shapes; compare it with the original and replace it if they differ.
 * Environment (passed by scripts/run/test.ts): E2E_BACKEND_URL,
 * E2E_PUBLISHABLE_KEY, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD.
 */

function env(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set`)
  return value
}

const backendUrl = (): string => env("E2E_BACKEND_URL").replace(/\/$/, "")

async function storeGet<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(`${backendUrl()}${path}`, {
    headers: { "x-publishable-api-key": env("E2E_PUBLISHABLE_KEY") },
  })
  if (!response.ok()) throw new Error(`GET ${path} answered ${response.status()}`)
  return (await response.json()) as T
}

let adminToken: string | undefined

/** GET on the admin API as the seeded admin user (email/password login, bearer token). */
export async function adminGet<T>(request: APIRequestContext, path: string): Promise<T> {
  if (!adminToken) {
    const login = await request.post(`${backendUrl()}/auth/user/emailpass`, {
      data: { email: env("E2E_ADMIN_EMAIL"), password: env("E2E_ADMIN_PASSWORD") },
    })
    if (!login.ok()) throw new Error(`admin login answered ${login.status()}`)
    adminToken = ((await login.json()) as { token: string }).token
  }
  const response = await request.get(`${backendUrl()}${path}`, { headers: { authorization: `Bearer ${adminToken}` } })
  if (!response.ok()) throw new Error(`GET ${path} answered ${response.status()}`)
  return (await response.json()) as T
}

/** EMVCo TLV (ID 2 digits, length 2 digits, value) → map of id → value. */
export function parseTlv(payload: string): Map<string, string> {
  const fields = new Map<string, string>()
  let index = 0
  while (index + 4 <= payload.length) {
    const id = payload.slice(index, index + 2)
    const length = Number(payload.slice(index + 2, index + 4))
    if (!Number.isInteger(length)) break
    fields.set(id, payload.slice(index + 4, index + 4 + length))
    index += 4 + length
  }
  return fields
}

type Card = {
  handle: string
  title: string
  variants: { id: string; calculated_price?: { calculated_amount?: number | null } | null }[]
  producer: { district: string } | null
}

export type FourStarProduct = { handle: string; title: string; district: string; variantId: string }

/**
 * A 4-star product (valid certificate today) whose first-chosen variant (the
 * cheapest, as the product page opens on it) has stock for a few units.
 */
export async function pickFourStarInStock(request: APIRequestContext): Promise<FourStarProduct> {
  const { products } = await storeGet<{ products: Card[] }>(request, "/store/ocop/products?stars=4&limit=100")
  for (const product of products) {
    if (!product.producer) continue
    const cheapest = [...product.variants].sort(
      (a, b) => (a.calculated_price?.calculated_amount ?? Infinity) - (b.calculated_price?.calculated_amount ?? Infinity)
    )[0]
    if (!cheapest) continue
    const { products: stock } = await storeGet<{
      products: { variants: { id: string; manage_inventory: boolean; inventory_quantity?: number }[] }[]
    }>(
      request,
      `/store/products?handle=${product.handle}&fields=variants.id,variants.inventory_quantity,variants.manage_inventory`
    )
    const variant = stock[0]?.variants.find((entry) => entry.id === cheapest.id)
    if (variant && (!variant.manage_inventory || (variant.inventory_quantity ?? 0) >= 5)) {
      return { handle: product.handle, title: product.title, district: product.producer.district, variantId: cheapest.id }
    }
  }
  throw new Error("No 4-star product in stock")
}
