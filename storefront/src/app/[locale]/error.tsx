"use client"

import { useTranslations } from "next-intl"

export default function LocaleError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors")
  return (
    <section className="py-16 text-center" role="alert">
      <h1 className="text-2xl font-bold">{t("errorTitle")}</h1>
      <p className="mt-3 text-stone-600">{t("errorBody")}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white"
      >
        {t("retry")}
      </button>
    </section>
  )
}
