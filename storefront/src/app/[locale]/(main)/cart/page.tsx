import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { retrieveCart } from "@/lib/data/cart"
import { toCartView } from "@/lib/data/cart-view"
import CartTemplate from "@/modules/cart/templates/cart-view"
import ClientMessages from "@/modules/common/components/client-messages"

type Props = { params: Promise<{ locale: "vi" | "en" }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "cart" })
  return { title: t("title"), robots: { index: false } }
}

/** Per visitor and per request: the cart is never cached. */
export const dynamic = "force-dynamic"

export default async function CartPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return (
    <ClientMessages namespaces={["cart"]}>
      <CartTemplate cart={toCartView(await retrieveCart())} />
    </ClientMessages>
  )
}
