import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { Link } from "@/i18n/link"
import { routing } from "@/i18n/routing"
import { localeAlternates } from "@/lib/seo/alternates"
import LegalSection from "@/modules/legal/components/legal-section"
import OperatorDetails from "@/modules/legal/components/operator-details"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: "legal" })
  return { title: t("sellers.title"), description: t("sellers.metaDescription"), alternates: localeAlternates(locale, "/legal/sellers") }
}

/** Marketplace operator, rules for sellers, and where each seller's legal details are (Decree 52/2013, 85/2021). */
export default async function SellersPolicyPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "legal" })
  const rules = ["rule1", "rule2", "rule3", "rule4", "rule5"] as const
  return (
    <article className="max-w-3xl">
      <h1 className="text-2xl font-bold leading-tight md:text-3xl">{t("sellers.title")}</h1>
      <p className="mt-3 leading-relaxed text-stone-800">{t("sellers.intro")}</p>
      <div className="mt-6">
        <OperatorDetails locale={locale} />
      </div>
      <LegalSection id="rules" title={t("sellers.rulesTitle")}>
        <ul className="list-disc space-y-1 pl-5">
          {rules.map((rule) => (
            <li key={rule}>{t(`sellers.${rule}`)}</li>
          ))}
        </ul>
      </LegalSection>
      <LegalSection id="directory" title={t("sellers.directoryTitle")}>
        <p>{t("sellers.directoryBody")}</p>
        <Link href="/producers" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          {t("sellers.directoryLink")}
        </Link>
      </LegalSection>
    </article>
  )
}
