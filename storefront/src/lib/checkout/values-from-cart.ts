import type { CheckoutInput } from "./checkout-form"

type CartAddress = {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
}

type CartLike = {
  email?: string | null
  shipping_address?: CartAddress | null
  shipping_methods?: { shipping_option_id?: string | null }[] | null
}

/**
 * The checkout form refilled from what placeOrder saved on the cart, for a
 * shopper whom Stripe sent back after a failed card payment: they typed it
 * all once already.
 */
export function valuesFromCart(cart: CartLike, paymentProviderId: string): Partial<CheckoutInput> {
  const address = cart.shipping_address ?? {}
  const values: Partial<CheckoutInput> = {
    // Vietnamese order: family name first (see splitVietnameseName).
    full_name: [address.last_name, address.first_name].filter(Boolean).join(" "),
    phone: address.phone ?? "",
    email: cart.email ?? "",
    province: address.province ?? "",
    commune: address.city ?? "",
    street: address.address_1 ?? "",
    note: address.address_2 ?? "",
    shipping_option_id: cart.shipping_methods?.[0]?.shipping_option_id ?? "",
    payment_provider_id: paymentProviderId,
  }
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== "")) as Partial<CheckoutInput>
}
