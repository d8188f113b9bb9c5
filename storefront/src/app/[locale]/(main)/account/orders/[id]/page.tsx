import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound, redirect } from "next/navigation"
import { Link } from "@/i18n/link"
import { retrieveCustomer } from "@/lib/data/customer"
import { retrieveOrder, retrievePaymentInstructions } from "@/lib/data/orders"
import OrderSummary from "@/modules/order/components/order-summary"
import VietQrBox from "@/modules/order/components/vietqr-box"

type Props = { params: Promise<{ locale: "vi" | "en"; id: string }> }

export const dynamic = "force-dynamic"

export default async function AccountOrderPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const customer = await retrieveCustomer()
  if (!customer) redirect(`/${locale}/account`)
  if (!/^order_[0-9A-Z]{26}$/.test(id)) notFound()
  const order = await retrieveOrder(id)
  // Another shopper's order looks exactly like a missing one.
  if (!order || order.customer_id !== customer.id) notFound()
  const payment = await retrievePaymentInstructions(id)
  const t = await getTranslations("account")
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <Link href="/account" className="text-brand-800 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("order", { code: `DH${order.display_id}` })}</h1>
      <p>
        {t("status")}: {t(`paymentStatus.${order.payment_status}` as "paymentStatus.not_paid")}
      </p>
      {payment?.vietqr && !payment.paid ? <VietQrBox vietqr={payment.vietqr} amount={payment.amount} paid={payment.paid} /> : null}
      <OrderSummary order={order} />
    </div>
  )
}
