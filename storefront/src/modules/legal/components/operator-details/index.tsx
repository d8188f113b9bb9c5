import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { OPERATOR } from "@/lib/legal/operator"
import { formatPhone, telHref } from "@/lib/util/phone"
import SampleBadge from "@/modules/common/components/sample-badge"

/** Who runs the marketplace, as the e-commerce rules require it to say. */
export default async function OperatorDetails({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "legal" })
  const rows: { key: string; term: string; value: string; href?: string }[] = [
    { key: "name", term: t("operatorName"), value: OPERATOR.name[locale] },
    { key: "address", term: t("operatorAddress"), value: OPERATOR.address },
    { key: "phone", term: t("operatorPhone"), value: formatPhone(OPERATOR.phone), href: telHref(OPERATOR.phone) },
    { key: "email", term: t("operatorEmail"), value: OPERATOR.email, href: `mailto:${OPERATOR.email}` },
    { key: "registration", term: t("operatorRegistration"), value: OPERATOR.registration[locale] },
    { key: "hours", term: t("operatorHours"), value: OPERATOR.hours[locale] },
  ]
  return (
    <section aria-labelledby="operator-heading" className="rounded-2xl bg-white p-4 ring-1 ring-stone-200" data-testid="operator-details">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="operator-heading" className="text-lg font-bold">
          {t("operatorTitle")}
        </h2>
        {OPERATOR.isSample ? <SampleBadge label={t("sample")} /> : null}
      </div>
      {OPERATOR.isSample ? <p className="mt-1 text-sm text-amber-900">{t("operatorSample")}</p> : null}
      <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
        {rows.map((row) => (
          <div key={row.key} className="contents">
            <dt className="font-semibold text-stone-700">{row.term}</dt>
            <dd className="break-words text-stone-900">
              {row.href ? (
                <a href={row.href} className="inline-flex min-h-11 items-center text-brand-700 underline sm:min-h-0">
                  {row.value}
                </a>
              ) : (
                row.value
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
