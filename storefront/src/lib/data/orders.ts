import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { authHeaders } from "../cookies"

const ORDER_FIELDS =
  "id,display_id,email,created_at,total,subtotal,shipping_total,currency_code,status,payment_status,fulfillment_status,customer_id,*items,*shipping_address,*shipping_methods"

export async function retrieveOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await sdk().client.fetch<HttpTypes.StoreOrderResponse>(`/store/orders/${id}`, {
      headers: await authHeaders(),
      query: { fields: ORDER_FIELDS },
      cache: "no-store",
    })
    return order
  } catch {
    return null
  }
}

export type PaymentInstructions = {
  provider_id: string
  order_code: string
  amount: number
  paid: boolean
  vietqr?: {
    payload: string
    bank_bin: string
    bank_name: string
    account_number: string
    account_name: string
    purpose: string
    is_sample: boolean
  }
}

export async function retrievePaymentInstructions(orderId: string): Promise<PaymentInstructions | null> {
  try {
    const { payment } = await sdk().client.fetch<{ payment: PaymentInstructions }>(`/store/ocop/orders/${orderId}/payment`, {
      cache: "no-store",
    })
    return payment
  } catch {
    return null
  }
}
