import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { getCartId } from "../cookies"

export const CART_FIELDS =
  "id,email,currency_code,region_id,completed_at,total,subtotal,shipping_total,tax_total,item_total,*items,items.variant.id,items.variant.sku,items.variant.manage_inventory,items.variant.inventory_quantity,items.product.handle,items.product.thumbnail,*shipping_address,*shipping_methods,*payment_collection,*payment_collection.payment_sessions"

/**
 * The visitor's open cart, read per request. A cookie pointing at a missing,
 * foreign or completed cart counts as no cart (a fresh one is made on the
 * next add), never as an error page.
 */
export async function retrieveCart(cartId?: string | null): Promise<HttpTypes.StoreCart | null> {
  const id = cartId ?? (await getCartId())
  if (!id) return null
  try {
    const { cart } = await sdk().client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, {
      query: { fields: CART_FIELDS },
      cache: "no-store",
    })
    return cart.completed_at ? null : cart
  } catch {
    return null
  }
}

export function itemCount(cart: Pick<HttpTypes.StoreCart, "items"> | null): number {
  return (cart?.items ?? []).reduce((total, item) => total + item.quantity, 0)
}
