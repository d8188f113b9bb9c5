import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { Link } from "@/i18n/link"
import { afterCompletion, firstStep, type StripeReturnOutcome } from "@/lib/checkout/stripe-return"
import { getCartId } from "@/lib/cookies"
import { completeCart } from "@/lib/data/checkout"

type Props = {
  params: Promise<{ locale: "vi" | "en" }>
  searchParams: Promise<{ redirect_status?: string | string[] }>
}

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "checkout" })
  return { title: t("stripeReturn.title"), robots: { index: false } }
}

/**
 * Stripe's return_url after the Payment Element. The cart is the one in the
 * shopper's cookie, never one named in the address.
 */
export default async function StripeReturnPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const { redirect_status } = await searchParams
  const first = firstStep({ cartId: await getCartId(), redirectStatus: typeof redirect_status === "string" ? redirect_status : null })
  const step: StripeReturnOutcome = first.kind === "complete" ? afterCompletion(first.paid, await completeCart(first.cartId)) : first

  // A page cannot change cookies: the "done" route forgets the cart, then shows the order.
  if (step.kind === "order") redirect(`/${locale}/checkout/stripe-return/done?order=${step.orderId}`)
  if (step.kind === "failed") redirect(`/${locale}/checkout?payment=failed`)
  if (step.kind === "checkout") redirect(`/${locale}/checkout`)

  const t = await getTranslations("checkout.stripeReturn")
  const pending = step.kind === "pending"
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4" data-testid={`stripe-return-${step.kind}`}>
      <h1 className="text-2xl font-bold">{pending ? t("pendingTitle") : t("missingTitle")}</h1>
      <p>{pending ? t("pendingBody") : t("missingBody")}</p>
      <div className="flex flex-wrap gap-3">
        <Link href="/account" className="min-h-11 rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("viewOrders")}
        </Link>
        {pending ? (
          <Link href="/contact" className="min-h-11 rounded-lg border border-brand-700 px-4 py-2 font-semibold text-brand-800">
            {t("contact")}
          </Link>
        ) : null}
      </div>
    </div>
  )
}
