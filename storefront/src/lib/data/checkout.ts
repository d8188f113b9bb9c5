import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import type { CompletionResult } from "../checkout/stripe-return"
import { sdk } from "../config"

export type ShippingChoice = { id: string; name: string; amount: number }

/**
 * Shipping options need a destination country on the cart; a cart that has
 * none yet gets Việt Nam (the only country we ship to) before listing them.
 */
export async function shippingChoices(cart: HttpTypes.StoreCart): Promise<ShippingChoice[]> {
  if (!cart.shipping_address?.country_code) {
    await sdk().client.fetch(`/store/carts/${cart.id}`, {
      method: "POST",
      body: { shipping_address: { country_code: "vn" } },
    })
  }
  const { shipping_options } = await sdk().client.fetch<HttpTypes.StoreShippingOptionListResponse>("/store/shipping-options", {
    query: { cart_id: cart.id },
    cache: "no-store",
  })
  return shipping_options
    .map((option) => ({ id: option.id, name: option.name, amount: Math.round(Number(option.amount ?? 0)) }))
    .sort((a, b) => a.amount - b.amount)
}

/** The payment methods the region offers, in the order shoppers expect: COD, VietQR, card. */
export async function paymentChoices(regionId: string): Promise<string[]> {
  const { payment_providers } = await sdk().client.fetch<HttpTypes.StorePaymentProviderListResponse>(
    "/store/payment-providers",
    { query: { region_id: regionId }, cache: "no-store" }
  )
  const order = ["pp_cod_cod", "pp_vietqr_vietqr", "pp_stripe_stripe"]
  // Card payment needs the Payment Element in the browser; until it is configured
  // (STRIPE_PUBLISHABLE_KEY) it is not offered.
  const cardReady = !!process.env.STRIPE_PUBLISHABLE_KEY
  return payment_providers
    .map((provider) => provider.id)
    .filter((id) => order.includes(id) && (id !== "pp_stripe_stripe" || cardReady))
    .sort((a, b) => order.indexOf(a) - order.indexOf(b))
}

/**
 * Completes a cart into an order. Safe to repeat: for a cart the Stripe
 * webhook already completed, the backend answers with that order.
 */
export async function completeCart(cartId: string): Promise<CompletionResult> {
  try {
    const completed = await sdk().client.fetch<{ type: "order"; order: { id: string } } | { type: "cart" }>(
      `/store/carts/${cartId}/complete`,
      { method: "POST" }
    )
    return completed.type === "order" ? { type: "order", orderId: completed.order.id } : { type: "cart" }
  } catch (error) {
    return { type: "error", status: error instanceof FetchError ? error.status : undefined }
  }
}

/** Whether a cart is still open; a backend that cannot answer counts as open, so nothing is forgotten on a guess. */
export async function cartState(cartId: string): Promise<"open" | "completed" | "missing"> {
  try {
    const { cart } = await sdk().client.fetch<{ cart: { completed_at?: string | null } }>(`/store/carts/${cartId}`, {
      query: { fields: "id,completed_at" },
      cache: "no-store",
    })
    return cart.completed_at ? "completed" : "open"
  } catch (error) {
    return error instanceof FetchError && error.status === 404 ? "missing" : "open"
  }
}
