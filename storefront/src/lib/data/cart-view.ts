import type { HttpTypes } from "@medusajs/types"

/** The parts of a Medusa cart the cart page shows, in whole VND. */
export function toCartView(cart: HttpTypes.StoreCart | null) {
  if (!cart) return null
  const lines = (cart.items ?? []).map((item) => ({
    id: item.id,
    title: item.product_title ?? item.title,
    subtitle: item.variant_title ?? null,
    thumbnail: item.thumbnail ?? null,
    handle: item.product_handle ?? null,
    quantity: item.quantity,
    unitPrice: Math.round(Number(item.unit_price)),
    total: Math.round(Number(item.total ?? Number(item.unit_price) * item.quantity)),
  }))
  return { lines, subtotal: Math.round(Number(cart.item_total ?? cart.subtotal ?? 0)) }
}
