import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"

export default async function NotFound() {
  const t = await getTranslations("errors")
  return (
    <section className="py-16 text-center">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-stone-600">{t("notFoundBody")}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <Link href="/" className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white">
          {t("backHome")}
        </Link>
        <Link href="/products" className="inline-flex min-h-11 items-center rounded-lg px-5 font-semibold text-brand-700 underline">
          {t("browseProducts")}
        </Link>
      </div>
    </section>
  )
}
