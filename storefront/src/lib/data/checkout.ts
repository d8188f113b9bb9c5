import "server-only"
import type { HttpTypes } from "@medusajs/types"
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
