import "server-only"
import { cookies } from "next/headers"

const CART_COOKIE = "_ocop_cart_id"
const CART_ID = /^cart_[0-9A-Z]{26}$/

/** The cart id from the visitor's cookie, or null when absent or not shaped like a Medusa cart id. */
export async function getCartId(): Promise<string | null> {
  const value = (await cookies()).get(CART_COOKIE)?.value
  return value && CART_ID.test(value) ? value : null
}

export async function setCartId(cartId: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, cartId, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: 60 * 60 * 24 * 30,
  })
}

export async function removeCartId(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}

const AUTH_COOKIE = "_ocop_jwt"

/** The shopper's login token (a Medusa customer JWT), httpOnly so scripts never see it. */
export async function getAuthToken(): Promise<string | null> {
  return (await cookies()).get(AUTH_COOKIE)?.value ?? null
}

export async function setAuthToken(token: string): Promise<void> {
  ;(await cookies()).set(AUTH_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: 60 * 60 * 24 * 7,
  })
}

export async function removeAuthToken(): Promise<void> {
  ;(await cookies()).delete(AUTH_COOKIE)
}

export async function authHeaders(): Promise<Record<string, string>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}
