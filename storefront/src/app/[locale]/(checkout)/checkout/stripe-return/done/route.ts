import { notFound, redirect } from "next/navigation"
import type { NextRequest } from "next/server"
import { isLocale } from "@/i18n/routing"
import { shouldForgetCart } from "@/lib/checkout/stripe-return"
import { getCartId, removeCartId } from "@/lib/cookies"
import { cartState } from "@/lib/data/checkout"

const ORDER_ID = /^order_[0-9A-Z]{26}$/

/**
 * Last hop after a card payment: the return page cannot change cookies, so it
 * sends the shopper through here to forget the cart that became the order.
 */
export async function GET(request: NextRequest, { params }: RouteContext<"/[locale]/checkout/stripe-return/done">) {
  const { locale } = await params
  const orderId = request.nextUrl.searchParams.get("order") ?? ""
  if (!isLocale(locale) || !ORDER_ID.test(orderId)) notFound()
  const cartId = await getCartId()
  // Asked of the backend rather than assumed, so a link from elsewhere cannot empty an open cart.
  if (cartId && shouldForgetCart(await cartState(cartId))) await removeCartId()
  redirect(`/${locale}/order/${orderId}/confirmed`)
}
