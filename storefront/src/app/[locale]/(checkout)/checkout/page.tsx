import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { placeOrder } from "@/lib/actions/checkout"
import { valuesFromCart } from "@/lib/checkout/values-from-cart"
import { itemCount, retrieveCart } from "@/lib/data/cart"
import { paymentChoices, shippingChoices } from "@/lib/data/checkout"
import CheckoutForm from "@/modules/checkout/components/checkout-form"
import ClientMessages from "@/modules/common/components/client-messages"

type Props = { params: Promise<{ locale: "vi" | "en" }>; searchParams: Promise<{ payment?: string }> }

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "checkout" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CheckoutPage({ params, searchParams }: Props) {
  const { locale } = await params
  const { payment } = await searchParams
  setRequestLocale(locale)
  const cart = await retrieveCart()
  if (!cart?.items?.length) redirect(`/${locale}/cart`)
  const [shipping, payments] = await Promise.all([shippingChoices(cart), paymentChoices(cart.region_id as string)])
  // Read per request, never built into the bundle. Publishable: it only lets a
  // browser mount Stripe's form; the secret key stays on the backend.
  const stripePublishableKey = payments.includes("pp_stripe_stripe") ? process.env.STRIPE_PUBLISHABLE_KEY : undefined
  // Stripe sent the shopper back after a failed payment (stripe-return page).
  const initial =
    payment === "failed" ? { values: valuesFromCart(cart, "pp_stripe_stripe"), formError: "cardFailed" as const } : undefined
  return (
    <ClientMessages namespaces={["checkout"]}>
      <CheckoutForm
        action={placeOrder.bind(null, locale)}
        shipping={shipping}
        payments={payments}
        subtotal={Math.round(Number(cart.item_total ?? 0))}
        itemCount={itemCount(cart)}
        stripePublishableKey={stripePublishableKey}
        initial={initial}
      />
    </ClientMessages>
  )
}
