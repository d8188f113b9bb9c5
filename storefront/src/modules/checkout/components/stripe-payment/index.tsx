"use client"

// No Playwright test drives this component: Stripe.js only loads from
// js.stripe.com, which the offline test machines cannot reach. The decisions
// around it (lib/checkout/stripe-return.ts) have unit tests instead.

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { type Appearance, loadStripe, type Stripe } from "@stripe/stripe-js"
import { useLocale, useTranslations } from "next-intl"
import { type FormEvent, useEffect, useState } from "react"
import { formatVnd } from "@/lib/util/money"

type Props = {
  publishableKey: string
  clientSecret: string
  amount: number
  onChangeDetails: () => void
}

// The site's colours and the form's 48 px touch targets, inside Stripe's iframe.
const appearance: Appearance = {
  theme: "stripe",
  variables: { colorPrimary: "#256130", colorDanger: "#b91c1c", borderRadius: "8px", fontSizeBase: "16px", spacingUnit: "4px" },
}

// One Stripe.js instance per key for the page's life: each loadStripe result
// is a separate instance, and a second one would lose the mounted Elements.
const instances = new Map<string, Promise<Stripe | null>>()
function stripeFor(publishableKey: string): Promise<Stripe | null> {
  let instance = instances.get(publishableKey)
  if (!instance) {
    // A blocked or offline js.stripe.com rejects; the form then says so instead of spinning.
    instance = loadStripe(publishableKey).catch(() => null)
    instances.set(publishableKey, instance)
  }
  return instance
}

/** Stripe's Payment Element for the PaymentIntent placeOrder prepared. */
export default function StripePayment({ publishableKey, clientSecret, amount, onChangeDetails }: Props) {
  const t = useTranslations("checkout")
  const locale = useLocale() === "en" ? "en" : "vi"
  const [stripe, setStripe] = useState<Stripe | null | undefined>(undefined)

  useEffect(() => {
    let current = true
    stripeFor(publishableKey).then((loaded) => current && setStripe(loaded))
    return () => {
      current = false
    }
  }, [publishableKey])

  return (
    <section className="flex flex-col gap-4 rounded-2xl bg-white p-4 ring-1 ring-stone-200" aria-labelledby="card-heading" data-testid="card-payment">
      <h2 id="card-heading" className="text-lg font-bold">
        {t("cardTitle")}
      </h2>
      {stripe === undefined ? <p className="text-stone-600">{t("cardLoading")}</p> : null}
      {stripe === null ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 font-semibold text-red-800">
          {t("cardUnavailable")}
        </p>
      ) : null}
      {stripe ? (
        // Keyed by the secret: Elements cannot switch PaymentIntents once mounted.
        <Elements key={clientSecret} stripe={stripe} options={{ clientSecret, locale, appearance }}>
          <PayForm amount={amount} locale={locale} />
        </Elements>
      ) : null}
      <p className="text-sm text-stone-600">{t("cardSecure")}</p>
      <button type="button" onClick={onChangeDetails} className="min-h-11 self-start rounded-lg border border-stone-300 px-4 font-semibold">
        {t("changeDetails")}
      </button>
    </section>
  )
}

function PayForm({ amount, locale }: { amount: number; locale: "vi" | "en" }) {
  const t = useTranslations("checkout")
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string | null>(null)
  const [paying, setPaying] = useState(false)

  async function pay(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!stripe || !elements) return
    setPaying(true)
    setError(null)
    const result = await stripe
      .confirmPayment({
        elements,
        confirmParams: { return_url: `${window.location.origin}/${locale}/checkout/stripe-return` },
      })
      .catch(() => null)
    // Only a payment that did not go through comes back here; success leaves for return_url.
    setError(result?.error.message ?? t("cardError"))
    setPaying(false)
  }

  return (
    <form onSubmit={pay} className="flex flex-col gap-4">
      <PaymentElement onLoadError={(event) => setError(event.error.message ?? t("cardUnavailable"))} />
      {error ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 font-semibold text-red-800" data-testid="card-error">
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={!stripe || !elements || paying}
        className="min-h-12 rounded-lg bg-brand-700 px-5 py-3 text-lg font-semibold text-white disabled:opacity-70"
        data-testid="pay-card"
      >
        {paying ? t("paying") : t("pay", { amount: formatVnd(amount) })}
      </button>
    </form>
  )
}
