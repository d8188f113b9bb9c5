import { describe, expect, it } from "vitest"
import { parseCheckout } from "./checkout-form"
import { valuesFromCart } from "./values-from-cart"

describe("valuesFromCart", () => {
  it("gives back what placeOrder saved, in a form the checkout accepts again", () => {
    const values = valuesFromCart(
      {
        email: "an@example.vn",
        shipping_address: {
          first_name: "Văn An",
          last_name: "Nguyễn",
          phone: "+84912345678",
          address_1: "12 Phố Huế",
          address_2: null,
          city: "Phường Hai Bà Trưng",
          province: "Hà Nội",
        },
        shipping_methods: [{ shipping_option_id: "so_01M8KVQYDX9R3W5X0WGH2YARX0" }],
      },
      "pp_stripe_stripe"
    )
    expect(values).toEqual({
      full_name: "Nguyễn Văn An",
      phone: "+84912345678",
      email: "an@example.vn",
      province: "Hà Nội",
      commune: "Phường Hai Bà Trưng",
      street: "12 Phố Huế",
      shipping_option_id: "so_01M8KVQYDX9R3W5X0WGH2YARX0",
      payment_provider_id: "pp_stripe_stripe",
    })
    expect(parseCheckout(values).ok).toBe(true)
  })

  it("leaves out what the cart does not have", () => {
    expect(valuesFromCart({ shipping_address: null, shipping_methods: [] }, "pp_stripe_stripe")).toEqual({
      payment_provider_id: "pp_stripe_stripe",
    })
  })
})
