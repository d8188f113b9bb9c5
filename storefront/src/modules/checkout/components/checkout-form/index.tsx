"use client"

import dynamic from "next/dynamic"
import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import type { CheckoutState } from "@/lib/actions/checkout"
import { PROVINCES } from "@/lib/checkout/provinces"
import { formatVnd } from "@/lib/util/money"
import Field from "../field"

// Stripe's code is fetched only once a card payment is ready to be paid, so no
// page (checkout included) carries it in its first load.
const StripePayment = dynamic(() => import("../stripe-payment"), { ssr: false, loading: CardLoading })

function CardLoading() {
  const t = useTranslations("checkout")
  return <p className="text-stone-600">{t("cardLoading")}</p>
}

type Props = {
  action: (state: CheckoutState, formData: FormData) => Promise<CheckoutState>
  shipping: { id: string; name: string; amount: number }[]
  payments: string[]
  subtotal: number
  itemCount: number
  /** Stripe's publishable key, when card payment is offered. */
  stripePublishableKey?: string
  /** The form as a shopper left it, with a message, e.g. after a failed card payment. */
  initial?: Pick<CheckoutState, "values" | "formError">
}

const input = "min-h-12 rounded-lg border border-stone-300 bg-white px-3 text-base aria-[invalid=true]:border-red-700"

const PAYMENT_LABELS: Record<string, { label: "cod" | "vietqr" | "card"; hint: "codHint" | "vietqrHint" | "cardHint" }> = {
  pp_cod_cod: { label: "cod", hint: "codHint" },
  pp_vietqr_vietqr: { label: "vietqr", hint: "vietqrHint" },
  pp_stripe_stripe: { label: "card", hint: "cardHint" },
}

/**
 * The checkout form: works without JavaScript (a plain POST to a server
 * action) and keeps every typed value when something is wrong.
 */
export default function CheckoutForm({ action, shipping, payments, subtotal, itemCount, stripePublishableKey, initial }: Props) {
  const t = useTranslations("checkout")
  const [state, formAction, pending] = useActionState(action, { values: {}, formError: null, ...initial, errors: {} })
  // "Edit order details" closes the card form until the form is sent again (a new PaymentIntent).
  const [editedSecret, setEditedSecret] = useState<string | null>(null)
  const card = state.stripe && state.stripe.clientSecret !== editedSecret ? state.stripe : null
  const value = (name: keyof CheckoutState["values"], fallback = "") => state.values[name] ?? fallback
  const error = (name: keyof CheckoutState["errors"]) => {
    const code = state.errors[name]
    return code ? t(`errors.${code}`) : undefined
  }
  const chosenShipping = value("shipping_option_id", shipping[0]?.id ?? "")
  const chosenPayment = value("payment_provider_id", payments[0] ?? "")
  const hasErrors = Object.keys(state.errors).length > 0

  return (
    <>
      <form action={formAction} className="mx-auto flex max-w-2xl flex-col gap-6" noValidate>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {state.formError || hasErrors ? (
          <p role="alert" className="rounded-lg bg-red-50 p-3 font-semibold text-red-800" data-testid="checkout-error">
            {state.formError ? t(`errors.${state.formError}`) : t("errors.summary")}
          </p>
        ) : null}

        <fieldset disabled={!!card} className="flex flex-col gap-4 rounded-2xl bg-white p-4 ring-1 ring-stone-200">
          <legend className="px-1 text-lg font-bold">{t("contact")}</legend>
          <Field name="full_name" label={t("fullName")} error={error("full_name")}>
            {(props) => <input {...props} name="full_name" autoComplete="name" defaultValue={value("full_name")} className={input} />}
          </Field>
          <Field name="phone" label={t("phone")} hint={t("phoneHint")} error={error("phone")}>
            {(props) => (
              <input {...props} name="phone" type="tel" inputMode="tel" autoComplete="tel" defaultValue={value("phone")} className={input} />
            )}
          </Field>
          <Field name="email" label={t("email")} error={error("email")}>
            {(props) => <input {...props} name="email" type="email" autoComplete="email" defaultValue={value("email")} className={input} />}
          </Field>
        </fieldset>

        <fieldset disabled={!!card} className="flex flex-col gap-4 rounded-2xl bg-white p-4 ring-1 ring-stone-200">
          <legend className="px-1 text-lg font-bold">{t("address")}</legend>
          <Field name="province" label={t("province")} error={error("province")}>
            {(props) => (
              <select {...props} name="province" defaultValue={value("province")} className={input}>
                <option value="">{t("provincePlaceholder")}</option>
                {PROVINCES.map((province) => (
                  <option key={province} value={province}>
                    {province}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="commune" label={t("commune")} hint={t("communeHint")} error={error("commune")}>
            {(props) => <input {...props} name="commune" autoComplete="address-level3" defaultValue={value("commune")} className={input} />}
          </Field>
          <Field name="street" label={t("street")} error={error("street")}>
            {(props) => <input {...props} name="street" autoComplete="street-address" defaultValue={value("street")} className={input} />}
          </Field>
          <Field name="note" label={t("note")}>
            {(props) => <textarea {...props} name="note" rows={2} defaultValue={value("note")} className={`${input} py-2`} />}
          </Field>
        </fieldset>

        <fieldset disabled={!!card} className="flex flex-col gap-2 rounded-2xl bg-white p-4 ring-1 ring-stone-200" aria-describedby={error("shipping_option_id") ? "shipping-error" : undefined}>
          <legend className="px-1 text-lg font-bold">{t("delivery")}</legend>
          {shipping.map((option) => (
            <label key={option.id} className="flex min-h-12 items-center gap-3 rounded-lg border border-stone-200 px-3">
              <input type="radio" name="shipping_option_id" value={option.id} defaultChecked={option.id === chosenShipping} />
              <span className="flex-1">{option.name}</span>
              <span className="font-semibold tabular-nums">{formatVnd(option.amount)}</span>
            </label>
          ))}
          {error("shipping_option_id") ? (
            <p id="shipping-error" className="text-sm font-semibold text-red-700">
              {error("shipping_option_id")}
            </p>
          ) : null}
        </fieldset>

        <fieldset disabled={!!card} className="flex flex-col gap-2 rounded-2xl bg-white p-4 ring-1 ring-stone-200">
          <legend className="px-1 text-lg font-bold">{t("payment")}</legend>
          {payments.map((id) => {
            const labels = PAYMENT_LABELS[id]
            return (
              <label key={id} className="flex min-h-12 items-start gap-3 rounded-lg border border-stone-200 p-3">
                <input type="radio" name="payment_provider_id" value={id} defaultChecked={id === chosenPayment} className="mt-1" />
                <span>
                  <span className="block font-semibold">{t(labels.label)}</span>
                  <span className="block text-sm text-stone-600">{t(labels.hint)}</span>
                </span>
              </label>
            )
          })}
          {error("payment_provider_id") ? <p className="text-sm font-semibold text-red-700">{error("payment_provider_id")}</p> : null}
        </fieldset>

        <section className="rounded-2xl bg-white p-4 ring-1 ring-stone-200" aria-labelledby="review-heading">
          <h2 id="review-heading" className="text-lg font-bold">
            {t("review")}
          </h2>
          <p className="mt-1 text-stone-600">
            {t("items", { count: itemCount })} · <span className="font-semibold tabular-nums">{formatVnd(subtotal)}</span>
          </p>
        </section>

        {card ? null : (
          <button
            type="submit"
            disabled={pending}
            className="min-h-12 rounded-lg bg-brand-700 px-5 py-3 text-lg font-semibold text-white disabled:opacity-70"
            data-testid="place-order"
          >
            {pending ? t("placing") : t("placeOrder")}
          </button>
        )}
      </form>
      {/* Outside the form above: the card form is a form of its own. */}
      {card ? (
        <div className="mx-auto mt-6 flex max-w-2xl flex-col">
          {stripePublishableKey ? (
            <StripePayment
              publishableKey={stripePublishableKey}
              clientSecret={card.clientSecret}
              amount={card.amount}
              onChangeDetails={() => setEditedSecret(card.clientSecret)}
            />
          ) : (
            <p role="alert" className="rounded-lg bg-red-50 p-3 font-semibold text-red-800">
              {t("cardUnavailable")}
            </p>
          )}
        </div>
      ) : null}
    </>
  )
}
