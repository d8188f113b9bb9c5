import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { placeOrder } from "@/lib/actions/checkout"
import { itemCount, retrieveCart } from "@/lib/data/cart"
import { paymentChoices, shippingChoices } from "@/lib/data/checkout"
import CheckoutForm from "@/modules/checkout/components/checkout-form"
import ClientMessages from "@/modules/common/components/client-messages"

type Props = { params: Promise<{ locale: "vi" | "en" }> }

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "checkout" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CheckoutPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const cart = await retrieveCart()
  if (!cart?.items?.length) redirect(`/${locale}/cart`)
  const [shipping, payments] = await Promise.all([shippingChoices(cart), paymentChoices(cart.region_id as string)])
  return (
    <ClientMessages namespaces={["checkout"]}>
      <CheckoutForm
        action={placeOrder.bind(null, locale)}
        shipping={shipping}
        payments={payments}
        subtotal={Math.round(Number(cart.item_total ?? 0))}
        itemCount={itemCount(cart)}
      />
    </ClientMessages>
  )
}
