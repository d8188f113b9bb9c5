"use client"

import { useTranslations } from "next-intl"
import { useRouter } from "next/navigation"
import { Link } from "@/i18n/navigation"
import { formatVnd } from "@/lib/util/money"
import CartLine, { type CartLineView } from "../components/cart-line"

export type CartView = { lines: CartLineView[]; subtotal: number }

export default function CartTemplate({ cart }: { cart: CartView | null }) {
  const t = useTranslations("cart")
  const router = useRouter()
  if (!cart || cart.lines.length === 0) {
    return (
      <section className="py-12 text-center">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-3 text-stone-600" data-testid="cart-empty">
          {t("empty")}
        </p>
        <Link href="/products" className="mt-6 inline-block rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white">
          {t("continueShopping")}
        </Link>
      </section>
    )
  }
  return (
    <section className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <ul className="mt-4 divide-y divide-stone-200 rounded-2xl bg-white px-4 ring-1 ring-stone-200">
        {cart.lines.map((line) => (
          <CartLine key={line.id} line={line} onChanged={() => router.refresh()} />
        ))}
      </ul>
      <dl className="mt-4 space-y-1 rounded-2xl bg-white p-4 ring-1 ring-stone-200">
        <div className="flex justify-between">
          <dt>{t("subtotal")}</dt>
          <dd className="font-semibold tabular-nums" data-testid="cart-subtotal">
            {formatVnd(cart.subtotal)}
          </dd>
        </div>
        <div className="flex justify-between text-sm text-stone-600">
          <dt>{t("shipping")}</dt>
          <dd>{t("shippingLater")}</dd>
        </div>
      </dl>
      <Link
        href="/checkout"
        className="mt-4 block rounded-lg bg-brand-700 px-5 py-3 text-center text-lg font-semibold text-white"
        data-testid="go-to-checkout"
      >
        {t("checkout")}
      </Link>
    </section>
  )
}
