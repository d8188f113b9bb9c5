import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"

export default async function Footer({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "footer" })
  const meta = await getTranslations({ locale, namespace: "meta" })
  return (
    <footer className="mt-12 border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm text-stone-600">
        <p className="font-semibold text-stone-800">{meta("siteName")}</p>
        <p className="mt-1">{t("about")}</p>
        <p className="mt-1">{t("rights")}</p>
      </div>
    </footer>
  )
}
