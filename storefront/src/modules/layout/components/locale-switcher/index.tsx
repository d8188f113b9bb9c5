"use client"

import NextLink from "next/link"
import { usePathname, useSearchParams } from "next/navigation"
import { Suspense } from "react"
import { type Locale } from "@/i18n/routing"
import { switchLocalePath } from "@/lib/util/switch-locale-path"

type Props = { locale: Locale; label: string; ariaLabel: string }

/** The link itself; `search` keeps the catalogue's filters when switching language. */
function SwitchLink({ locale, label, ariaLabel, search }: Props & { search: string }) {
  const other: Locale = locale === "vi" ? "en" : "vi"
  const path = switchLocalePath(usePathname() ?? "/", locale, other)
  return (
    <NextLink
      href={search ? `${path}?${search}` : path}
      hrefLang={other}
      lang={other}
      aria-label={ariaLabel}
      className="inline-flex min-h-11 items-center rounded-lg border border-white/40 px-3 text-sm font-semibold hover:bg-white/10"
      data-testid="locale-switcher"
    >
      {label}
    </NextLink>
  )
}

function SwitchLinkWithSearch(props: Props) {
  return <SwitchLink {...props} search={useSearchParams().toString()} />
}

/**
 * Links to the same page in the other language. Reading the query string
 * needs the browser, so cached pages render the plain link first (Suspense
 * fallback) and gain the query on hydration.
 */
export default function LocaleSwitcher(props: Props) {
  return (
    <Suspense fallback={<SwitchLink {...props} search="" />}>
      <SwitchLinkWithSearch {...props} />
    </Suspense>
  )
}
