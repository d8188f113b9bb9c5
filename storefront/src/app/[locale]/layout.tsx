import "../globals.css"
import type { Metadata, Viewport } from "next"
import { notFound } from "next/navigation"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { ReactNode } from "react"
import { routing } from "@/i18n/routing"
import { siteUrl } from "@/lib/seo/site-url"
import Footer from "@/modules/layout/templates/footer"
import Nav from "@/modules/layout/templates/nav"

const SPECULATION_RULES = JSON.stringify({
  prefetch: [{ where: { href_matches: ["/*/products*", "/*/producers*", "/vi", "/en"] }, eagerness: "moderate" }],
})

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/**
 * Pages are rendered on their first visit and then served from the cache
 * (revalidated by time and by tag), so a build never needs the backend.
 */
export function generateStaticParams(): { locale: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: "meta" })
  // Each page sets its own canonical and hreflang links (lib/seo/alternates.ts).
  return {
    metadataBase: siteUrl(),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("description"),
    openGraph: { siteName: t("siteName"), locale: t("ogLocale"), type: "website" },
  }
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#256130" }

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "nav" })

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        {/* No client-side message catalogue here: islands get their words as
            props, and the cart, checkout and account forms use ClientMessages. */}
        <Nav locale={locale} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
        </main>
        <Footer locale={locale} />
        {/* Browse links are plain anchors (i18n/link.tsx): Chromium fetches the
            next page when a finger or pointer rests on a link, with no script. */}
        <script type="speculationrules" dangerouslySetInnerHTML={{ __html: SPECULATION_RULES }} />
      </body>
    </html>
  )
}
