type Config = { headers: Record<string, string> }
type StoreApi = {
  post: (url: string, body: unknown, config: Config) => Promise<{ data: unknown }>
  get: (url: string, config: Config) => Promise<{ data: unknown }>
}

export const HANOI_ADDRESS = {
  first_name: "Nguyễn",
  last_name: "Văn An",
  phone: "+84912345678",
  address_1: "12 Phố Huế",
  city: "Phường Hai Bà Trưng",
  province: "Hà Nội",
  country_code: "vn",
}

/**
 * The storefront's checkout steps up to choosing a payment method: a cart in
 * the region with one line, a Hà Nội address, standard delivery (30.000 ₫)
 * and a payment collection.
 */
export async function cartReadyForPayment(
  api: StoreApi,
  store: Config,
  input: { regionId: string; variantId: string; quantity: number }
): Promise<{ cartId: string; paymentCollectionId: string }> {
  const { cart } = (await api.post("/store/carts", { region_id: input.regionId }, store)).data as { cart: { id: string } }
  await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: input.variantId, quantity: input.quantity }, store)
  await api.post(`/store/carts/${cart.id}`, { email: "khach@example.com", shipping_address: HANOI_ADDRESS }, store)
  const { shipping_options } = (await api.get(`/store/shipping-options?cart_id=${cart.id}`, store)).data as {
    shipping_options: { id: string; amount: number }[]
  }
  const standard = shipping_options.find((option) => option.amount === 30000)
  if (!standard) throw new Error("no standard delivery option at 30.000 ₫")
  await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: standard.id }, store)
  const { payment_collection } = (await api.post("/store/payment-collections", { cart_id: cart.id }, store)).data as {
    payment_collection: { id: string }
  }
  return { cartId: cart.id, paymentCollectionId: payment_collection.id }
}
