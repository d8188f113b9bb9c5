import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

export default async function NotFound() {
  const t = await getTranslations("errors")
  return (
    <section className="py-16 text-center">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-stone-600">{t("notFoundBody")}</p>
      <Link href="/" className="mt-6 inline-block rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white">
        {t("backHome")}
      </Link>
    </section>
  )
}
