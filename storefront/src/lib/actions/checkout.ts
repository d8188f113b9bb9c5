"use server"

import type { HttpTypes } from "@medusajs/types"
import { redirect } from "next/navigation"
import { type CheckoutErrorCode, type CheckoutInput, CHECKOUT_FIELD_NAMES, parseCheckout, splitVietnameseName } from "../checkout/checkout-form"
import { sdk } from "../config"
import { authHeaders, removeCartId } from "../cookies"
import { retrieveCart } from "../data/cart"

export type CheckoutState = {
  values: Partial<CheckoutInput>
  errors: Partial<Record<keyof CheckoutInput, CheckoutErrorCode>>
  formError: "emptyCart" | "outOfStock" | "failed" | "cardFailed" | null
  /**
   * Card payment: the PaymentIntent exists and the form opens Stripe's Payment
   * Element with it. The cart stays open; it becomes an order on Stripe's return
   * (or from the webhook), never before the card is charged.
   */
  stripe?: { clientSecret: string; amount: number }
}

type CompleteResponse =
  | { type: "order"; order: HttpTypes.StoreOrder }
  | { type: "cart"; cart: HttpTypes.StoreCart; error?: { message?: string } }

/**
 * Places the order from the checkout form. Everything that costs money (item
 * prices, shipping, totals) is computed by the backend from ids; the form only
 * carries who and where. On any problem the form comes back with what the
 * shopper typed and a message per field.
 */
export async function placeOrder(locale: string, _previous: CheckoutState, formData: FormData): Promise<CheckoutState> {
  const values = Object.fromEntries(
    CHECKOUT_FIELD_NAMES.map((name) => [name, String(formData.get(name) ?? "")])
  ) as CheckoutInput
  const parsed = parseCheckout(values)
  if (!parsed.ok) return { values, errors: parsed.errors, formError: null }

  const cart = await retrieveCart()
  if (!cart?.items?.length) return { values, errors: {}, formError: "emptyCart" }

  const input = parsed.values
  const name = splitVietnameseName(input.full_name)
  const address = {
    ...name,
    phone: input.phone,
    address_1: input.street,
    address_2: input.note || undefined,
    city: input.commune,
    province: input.province,
    country_code: "vn",
  }
  let orderId: string
  try {
    const client = sdk().client
    await client.fetch(`/store/carts/${cart.id}`, {
      method: "POST",
      body: { ...(input.email ? { email: input.email } : {}), shipping_address: address, billing_address: address },
    })
    const auth = await authHeaders()
    if (auth.authorization) {
      await client.fetch(`/store/carts/${cart.id}/customer`, { method: "POST", headers: auth })
    }
    await client.fetch(`/store/carts/${cart.id}/shipping-methods`, {
      method: "POST",
      body: { option_id: input.shipping_option_id },
    })
    const collectionId =
      cart.payment_collection?.id ??
      (
        await client.fetch<{ payment_collection: { id: string } }>("/store/payment-collections", {
          method: "POST",
          body: { cart_id: cart.id },
        })
      ).payment_collection.id
    const { payment_collection } = await client.fetch<HttpTypes.StorePaymentCollectionResponse>(
      `/store/payment-collections/${collectionId}/payment-sessions`,
      { method: "POST", body: { provider_id: input.payment_provider_id } }
    )
    if (input.payment_provider_id === "pp_stripe_stripe") {
      const session = payment_collection.payment_sessions?.find((candidate) => candidate.provider_id === "pp_stripe_stripe")
      const clientSecret = session?.data?.client_secret
      if (typeof clientSecret !== "string") return { values, errors: {}, formError: "failed" }
      return { values, errors: {}, formError: null, stripe: { clientSecret, amount: Math.round(Number(payment_collection.amount)) } }
    }
    const completed = await client.fetch<CompleteResponse>(`/store/carts/${cart.id}/complete`, { method: "POST" })
    if (completed.type !== "order") {
      const message = completed.error?.message ?? ""
      return { values, errors: {}, formError: /inventory|stock/i.test(message) ? "outOfStock" : "failed" }
    }
    orderId = completed.order.id
  } catch (error) {
    const message = error instanceof Error ? error.message : ""
    return { values, errors: {}, formError: /inventory|stock/i.test(message) ? "outOfStock" : "failed" }
  }
  await removeCartId()
  redirect(`/${locale === "en" ? "en" : "vi"}/order/${orderId}/confirmed`)
}
