import type { Metadata } from "next"
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/link"
import { login, logout, register } from "@/lib/actions/account"
import { listOrders, retrieveCustomer } from "@/lib/data/customer"
import { formatVnd } from "@/lib/util/money"
import ClientMessages from "@/modules/common/components/client-messages"
import LoginForm from "@/modules/account/components/login-form"
import RegisterForm from "@/modules/account/components/register-form"

type Props = { params: Promise<{ locale: "vi" | "en" }> }

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account" })
  return { title: t("title"), robots: { index: false } }
}

export default async function AccountPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations("account")
  const customer = await retrieveCustomer()
  if (!customer) {
    return (
      <div className="mx-auto grid max-w-4xl gap-6 md:grid-cols-2">
        <h1 className="text-2xl font-bold md:col-span-2">{t("title")}</h1>
        <ClientMessages namespaces={["account"]}>
          <LoginForm action={login.bind(null, locale)} />
          <RegisterForm action={register.bind(null, locale)} />
        </ClientMessages>
      </div>
    )
  }
  const format = await getFormatter()
  const { orders } = await listOrders({ limit: 20, offset: 0 })
  const name = [customer.last_name, customer.first_name].filter(Boolean).join(" ") || customer.email
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <div className="flex items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("hello", { name })}</h1>
        <form action={logout.bind(null, locale)}>
          <button type="submit" className="min-h-11 rounded-lg border border-stone-300 px-3">
            {t("logout")}
          </button>
        </form>
      </div>
      <h2 className="text-lg font-bold">{t("orders")}</h2>
      {orders.length === 0 ? (
        <p className="text-stone-600">{t("noOrders")}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-2xl bg-white ring-1 ring-stone-200" data-testid="account-orders">
          {orders.map((order) => (
            <li key={order.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
              <span className="font-semibold">{t("order", { code: `DH${order.display_id}` })}</span>
              <span className="text-sm text-stone-600">{format.dateTime(new Date(order.created_at), { dateStyle: "medium" })}</span>
              <span className="text-sm">{t(`paymentStatus.${order.payment_status}` as "paymentStatus.not_paid")}</span>
              <span className="font-semibold tabular-nums">{formatVnd(Math.round(Number(order.total)))}</span>
              <Link href={`/account/orders/${order.id}`} className="min-h-11 py-2 text-brand-800 underline">
                {t("details")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
