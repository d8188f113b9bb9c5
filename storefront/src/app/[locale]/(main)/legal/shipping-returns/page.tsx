import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { DELIVERY_FEES } from "@/lib/legal/operator"
import { localeAlternates } from "@/lib/seo/alternates"
import { formatVnd } from "@/lib/util/money"
import LegalSection from "@/modules/legal/components/legal-section"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: "legal" })
  return {
    title: t("shipping.title"),
    description: t("shipping.metaDescription"),
    alternates: localeAlternates(locale, "/legal/shipping-returns"),
  }
}

export default async function ShippingReturnsPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "legal" })
  return (
    <article className="max-w-3xl">
      <h1 className="text-2xl font-bold leading-tight md:text-3xl">{t("shipping.title")}</h1>
      <p className="mt-3 leading-relaxed text-stone-800">{t("shipping.intro")}</p>
      <LegalSection id="delivery" title={t("shipping.shippingTitle")}>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t("shipping.standard", { fee: formatVnd(DELIVERY_FEES.standard) })}</li>
          <li>{t("shipping.express", { fee: formatVnd(DELIVERY_FEES.express) })}</li>
        </ul>
        <p>{t("shipping.shippingBody")}</p>
      </LegalSection>
      <LegalSection id="payment" title={t("shipping.paymentTitle")}>
        <p>{t("shipping.paymentBody")}</p>
      </LegalSection>
      <LegalSection id="returns" title={t("shipping.returnsTitle")}>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t("shipping.returns1")}</li>
          <li>{t("shipping.returns2")}</li>
          <li>{t("shipping.returns3")}</li>
        </ul>
      </LegalSection>
      <LegalSection id="how" title={t("shipping.howTitle")}>
        <p>{t("shipping.howBody")}</p>
      </LegalSection>
    </article>
  )
}
