"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { AccountFormState } from "@/lib/actions/account"
import Field from "@/modules/checkout/components/field"

const input = "min-h-12 rounded-lg border border-stone-300 bg-white px-3 text-base aria-[invalid=true]:border-red-700"

export default function RegisterForm({ action }: { action: (state: AccountFormState, data: FormData) => Promise<AccountFormState> }) {
  const t = useTranslations("account")
  const [state, formAction, pending] = useActionState(action, { values: {}, errors: {}, formError: null })
  const error = (name: string) => (state.errors[name] ? t(`errors.${state.errors[name]}` as "errors.failed") : undefined)
  return (
    <form action={formAction} className="flex flex-col gap-4 rounded-2xl bg-white p-4 ring-1 ring-stone-200" noValidate>
      <h2 className="text-lg font-bold">{t("register")}</h2>
      {state.formError ? (
        <p role="alert" className="rounded-lg bg-red-50 p-2 font-semibold text-red-800">
          {t(`errors.${state.formError}`)}
        </p>
      ) : null}
      <Field name="register-name" label={t("fullName")} error={error("full_name")}>
        {(props) => <input {...props} name="full_name" autoComplete="name" defaultValue={state.values.full_name ?? ""} className={input} />}
      </Field>
      <Field name="register-email" label={t("email")} error={error("email")}>
        {(props) => <input {...props} name="email" type="email" autoComplete="email" defaultValue={state.values.email ?? ""} className={input} />}
      </Field>
      <Field name="register-phone" label={t("phone")} error={error("phone")}>
        {(props) => <input {...props} name="phone" type="tel" autoComplete="tel" defaultValue={state.values.phone ?? ""} className={input} />}
      </Field>
      <Field name="register-password" label={t("password")} error={error("password")}>
        {(props) => <input {...props} name="password" type="password" autoComplete="new-password" className={input} />}
      </Field>
      <button type="submit" disabled={pending} className="min-h-12 rounded-lg bg-brand-700 px-4 font-semibold text-white">
        {t("register")}
      </button>
    </form>
  )
}
