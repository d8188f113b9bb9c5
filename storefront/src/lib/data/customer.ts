import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { authHeaders } from "../cookies"

/** The logged-in shopper, or null (a missing or expired token is simply "not logged in"). */
export async function retrieveCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  const headers = await authHeaders()
  if (!headers.authorization) return null
  try {
    const { customer } = await sdk().client.fetch<HttpTypes.StoreCustomerResponse>("/store/customers/me", {
      headers,
      cache: "no-store",
    })
    return customer
  } catch {
    return null
  }
}

export async function listOrders(options: { limit: number; offset: number }) {
  return sdk().client.fetch<HttpTypes.StoreOrderListResponse>("/store/orders", {
    headers: await authHeaders(),
    query: { limit: options.limit, offset: options.offset, order: "-created_at", fields: "id,display_id,created_at,total,currency_code,status,payment_status,fulfillment_status,*items" },
    cache: "no-store",
  })
}
