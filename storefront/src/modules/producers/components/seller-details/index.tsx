import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { placeLabel, producerTypeLabel } from "@/lib/ocop-labels"
import type { ProducerPublic } from "@/lib/types"
import { formatPhone, telHref } from "@/lib/util/phone"

/**
 * The seller's legal details a marketplace must publish (name, address,
 * phone, registration or tax number, representative). Missing values are
 * shown as "not provided", never hidden, so the gap is visible.
 */
export default async function SellerDetails({ producer, locale }: { producer: ProducerPublic; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "producer" })
  const address = [producer.address, placeLabel(producer.commune, producer.district, locale)].filter(Boolean).join(", ")
  const rows: { key: string; term: string; value: string | null; href?: string }[] = [
    { key: "name", term: t("name"), value: producer.name },
    { key: "type", term: t("type"), value: producerTypeLabel(producer.type, locale) },
    { key: "address", term: t("address"), value: address },
    {
      key: "phone",
      term: t("phone"),
      value: producer.phone ? formatPhone(producer.phone) : null,
      href: producer.phone ? telHref(producer.phone) : undefined,
    },
    { key: "registration", term: t("registration"), value: producer.registration_number },
    { key: "representative", term: t("representative"), value: producer.representative },
    ...(producer.email ? [{ key: "email", term: t("email"), value: producer.email, href: `mailto:${producer.email}` }] : []),
  ]
  return (
    <section aria-labelledby="seller-heading" data-testid="seller-details">
      <h2 id="seller-heading" className="text-lg font-bold">
        {t("seller")}
      </h2>
      <p className="mt-1 text-sm text-stone-600">{t("sellerIntro")}</p>
      <dl className="mt-3 divide-y divide-stone-200 rounded-xl bg-white text-sm ring-1 ring-stone-200">
        {rows.map((row) => (
          <div key={row.key} className="grid gap-1 px-3 py-2 sm:grid-cols-[14rem_1fr]" data-testid={`seller-${row.key}`}>
            <dt className="font-semibold text-stone-700">{row.term}</dt>
            <dd className={row.value ? "break-words text-stone-900" : "italic text-stone-600"}>
              {row.value && row.href ? (
                <a href={row.href} className="inline-flex min-h-11 items-center text-brand-700 underline sm:min-h-0">
                  {row.value}
                </a>
              ) : (
                (row.value ?? t("notProvided"))
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
