import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { Link } from "@/i18n/link"
import { retrieveOrder, retrievePaymentInstructions } from "@/lib/data/orders"
import { formatVnd } from "@/lib/util/money"
import CartCleared from "@/modules/cart/components/cart-cleared"
import OrderSummary from "@/modules/order/components/order-summary"
import VietQrBox from "@/modules/order/components/vietqr-box"

type Props = { params: Promise<{ locale: "vi" | "en"; id: string }> }

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "order" })
  return { title: t("confirmedTitle"), robots: { index: false } }
}

export default async function OrderConfirmedPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  if (!/^order_[0-9A-Z]{26}$/.test(id)) notFound()
  const [order, payment] = await Promise.all([retrieveOrder(id), retrievePaymentInstructions(id)])
  if (!order) notFound()
  const t = await getTranslations("order")
  const code = payment?.order_code ?? `DH${order.display_id}`
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <CartCleared />
      <h1 className="text-2xl font-bold">{t("confirmedTitle")}</h1>
      <p data-testid="order-code">{t("thanks", { code })}</p>
      {payment?.vietqr ? <VietQrBox vietqr={payment.vietqr} amount={payment.amount} paid={payment.paid} /> : null}
      {payment?.provider_id === "pp_cod_cod" ? (
        <p className="rounded-2xl bg-brand-50 p-4 font-semibold" data-testid="cod-notice">
          {t("codNotice", { amount: formatVnd(payment.amount) })}
        </p>
      ) : null}
      <OrderSummary order={order} />
      <div className="flex flex-wrap gap-3">
        <Link href="/account" className="min-h-11 rounded-lg border border-brand-700 px-4 py-2 font-semibold text-brand-800">
          {t("viewAccount")}
        </Link>
        <Link href="/products" className="min-h-11 rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("continueShopping")}
        </Link>
      </div>
    </div>
  )
}
