import { describe, expect, it } from "vitest"
import { parseCheckout, splitVietnameseName } from "./checkout-form"
import { normalizeVietnamesePhone } from "./phone"

const valid = {
  full_name: "Nguyễn Văn An",
  phone: "0912 345 678",
  email: "",
  province: "Hà Nội",
  commune: "Phường Hai Bà Trưng",
  street: "12 Phố Huế",
  note: "",
  shipping_option_id: "so_01M8KVQYDX9R3W5X0WGH2YARX0",
  payment_provider_id: "pp_cod_cod",
}

describe("parseCheckout", () => {
  it("accepts a COD order without email and normalises the phone", () => {
    const result = parseCheckout(valid)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.values.phone).toBe("+84912345678")
  })

  it("reports each bad field with its own code", () => {
    const result = parseCheckout({ ...valid, phone: "12345", street: "", province: "Sài Gòn", email: "a@" })
    expect(result).toEqual({
      ok: false,
      errors: { phone: "phoneInvalid", street: "streetRequired", province: "provinceRequired", email: "emailInvalid" },
    })
  })

  it("needs a shipping option and a known payment method", () => {
    const result = parseCheckout({ ...valid, shipping_option_id: "", payment_provider_id: "pp_paypal" })
    expect(result.ok ? {} : result.errors).toEqual({ shipping_option_id: "shippingRequired", payment_provider_id: "paymentRequired" })
  })
})

describe("Vietnamese names and phones", () => {
  it("puts the family name first", () => {
    expect(splitVietnameseName("Nguyễn Văn An")).toEqual({ last_name: "Nguyễn", first_name: "Văn An" })
    expect(splitVietnameseName("Hoa")).toEqual({ first_name: "Hoa", last_name: "" })
  })

  it("reads the usual ways of writing a phone", () => {
    expect(normalizeVietnamesePhone("091.234.5678")).toBe("+84912345678")
    expect(normalizeVietnamesePhone("+84 912 345 678")).toBe("+84912345678")
    expect(normalizeVietnamesePhone("0206 3852 123")).toBe("+842063852123")
    expect(normalizeVietnamesePhone("0123")).toBeNull()
  })
})
