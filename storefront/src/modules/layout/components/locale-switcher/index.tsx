"use client"

import { useLocale, useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"

/** Links to the same page in the other language. */
export default function LocaleSwitcher() {
  const t = useTranslations("nav")
  const locale = useLocale()
  const pathname = usePathname()
  const other = locale === "vi" ? "en" : "vi"
  return (
    <Link
      href={pathname}
      locale={other}
      hrefLang={other}
      lang={other}
      aria-label={`${t("language")}: ${t("switchTo")}`}
      className="inline-flex min-h-11 items-center rounded-lg border border-white/40 px-3 text-sm font-semibold hover:bg-white/10"
    >
      {t("switchTo")}
    </Link>
  )
}
