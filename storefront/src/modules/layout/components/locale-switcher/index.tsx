"use client"

import { useLocale, useTranslations } from "next-intl"
import { useSearchParams } from "next/navigation"
import { Suspense } from "react"
import { Link, usePathname } from "@/i18n/navigation"

/** The link itself; `search` keeps the catalogue's filters when switching language. */
function SwitchLink({ search }: { search: string }) {
  const t = useTranslations("nav")
  const locale = useLocale()
  const pathname = usePathname()
  const other = locale === "vi" ? "en" : "vi"
  return (
    <Link
      href={search ? `${pathname}?${search}` : pathname}
      locale={other}
      hrefLang={other}
      lang={other}
      aria-label={`${t("language")}: ${t("switchTo")}`}
      className="inline-flex min-h-11 items-center rounded-lg border border-white/40 px-3 text-sm font-semibold hover:bg-white/10"
      data-testid="locale-switcher"
    >
      {t("switchTo")}
    </Link>
  )
}

function SwitchLinkWithSearch() {
  return <SwitchLink search={useSearchParams().toString()} />
}

/**
 * Links to the same page in the other language. Reading the query string
 * needs the browser, so cached pages render the plain link first (Suspense
 * fallback) and gain the query on hydration.
 */
export default function LocaleSwitcher() {
  return (
    <Suspense fallback={<SwitchLink search="" />}>
      <SwitchLinkWithSearch />
    </Suspense>
  )
}
