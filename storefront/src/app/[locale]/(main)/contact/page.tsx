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
  return { title: t("contact.title"), description: t("contact.metaDescription"), alternates: localeAlternates(locale, "/contact") }
}

export default async function ContactPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "legal" })
  return (
    <article className="max-w-3xl">
      <h1 className="text-2xl font-bold leading-tight md:text-3xl">{t("contact.title")}</h1>
      <p className="mt-3 leading-relaxed text-stone-800">{t("contact.intro")}</p>
      <div className="mt-6">
        <OperatorDetails locale={locale} />
      </div>
      <LegalSection id="sellers" title={t("contact.producersTitle")}>
        <p>{t("contact.producersBody")}</p>
        <Link href="/producers" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          {t("contact.producersLink")}
        </Link>
      </LegalSection>
    </article>
  )
}
