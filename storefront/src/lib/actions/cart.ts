"use server"

import type { HttpTypes } from "@medusajs/types"
import { z } from "zod"
import { sdk } from "../config"
import { getCartId, removeCartId, setCartId } from "../cookies"
import { CART_FIELDS, itemCount, retrieveCart } from "../data/cart"
import { getVietnamRegion } from "../data/regions"

export type CartActionResult =
  | { ok: true; count: number }
  | { ok: false; error: "invalid" | "out_of_stock" | "unavailable"; count: number }

const AddToCartInput = z.object({
  variantId: z.string().regex(/^variant_[0-9A-Z]{26}$/),
  quantity: z.number().int().min(1).max(99),
})

const UpdateItemInput = z.object({
  lineItemId: z.string().regex(/^cali_[0-9A-Z]{26}$/),
  quantity: z.number().int().min(0).max(99),
})

async function openCart(): Promise<HttpTypes.StoreCart> {
  const existing = await retrieveCart()
  if (existing) return existing
  const region = await getVietnamRegion()
  const { cart } = await sdk().client.fetch<HttpTypes.StoreCartResponse>("/store/carts", {
    method: "POST",
    body: { region_id: region.id },
    query: { fields: CART_FIELDS },
  })
  await setCartId(cart.id)
  return cart
}

/** Medusa answers 400 "…does not have the required inventory" when stock is short. */
function isStockError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error)
  return /inventory|stock|quantity/i.test(message)
}

/**
 * Adds a variant to the visitor's cart. Prices and totals are computed by the
 * backend from the variant id alone: nothing the browser sends can change them.
 * Returns the new item count so the header updates from this result.
 */
export async function addToCart(input: { variantId: string; quantity: number }): Promise<CartActionResult> {
  const parsed = AddToCartInput.safeParse(input)
  if (!parsed.success) return { ok: false, error: "invalid", count: itemCount(await retrieveCart()) }
  const addLine = (cartId: string) =>
    sdk().client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${cartId}/line-items`, {
      method: "POST",
      body: { variant_id: parsed.data.variantId, quantity: parsed.data.quantity },
      query: { fields: "id,completed_at,items.quantity" },
    })
  try {
    // Usually one request: add straight to the cookie's cart. Only a missing,
    // foreign or completed cart costs a second round trip to open a new one.
    const cookieCart = await getCartId()
    if (cookieCart) {
      const added = await addLine(cookieCart).catch((error: unknown) => {
        if (isStockError(error)) throw error
        return null
      })
      if (added && !added.cart.completed_at) return { ok: true, count: itemCount(added.cart) }
    }
    await removeCartId()
    const cart = await openCart()
    const { cart: updated } = await addLine(cart.id)
    return { ok: true, count: itemCount(updated) }
  } catch (error) {
    return { ok: false, error: isStockError(error) ? "out_of_stock" : "unavailable", count: itemCount(await retrieveCart()) }
  }
}

/** Changes a line's quantity (0 removes it). */
export async function updateCartItem(input: { lineItemId: string; quantity: number }): Promise<CartActionResult> {
  const parsed = UpdateItemInput.safeParse(input)
  const cartId = await getCartId()
  if (!parsed.success || !cartId) return { ok: false, error: "invalid", count: itemCount(await retrieveCart()) }
  try {
    const path = `/store/carts/${cartId}/line-items/${parsed.data.lineItemId}`
    if (parsed.data.quantity === 0) {
      await sdk().client.fetch(path, { method: "DELETE" })
    } else {
      await sdk().client.fetch(path, { method: "POST", body: { quantity: parsed.data.quantity } })
    }
    return { ok: true, count: itemCount(await retrieveCart(cartId)) }
  } catch (error) {
    return { ok: false, error: isStockError(error) ? "out_of_stock" : "unavailable", count: itemCount(await retrieveCart()) }
  }
}

/** Forgets a cart the backend no longer knows (used after an order is placed). */
export async function forgetCart(): Promise<void> {
  await removeCartId()
}
