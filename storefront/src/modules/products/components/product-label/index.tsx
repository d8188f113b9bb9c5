import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { ProducerPublic, ProductLabel as Label } from "@/lib/types"

type Props = { locale: Locale; title: string; label: Label | null; producer: ProducerPublic | null }

/**
 * What the physical label says, as the marketplace rules require: name,
 * responsible organisation and address, origin, net quantity, ingredients,
 * shelf life, storage, warnings; for spirits the alcohol content.
 */
export default async function ProductLabel({ locale, title, label, producer }: Props) {
  const t = await getTranslations({ locale, namespace: "product" })
  const missing = t("label.notProvided")
  const responsible = producer ? [producer.name, producer.address].filter(Boolean).join(", ") : null
  const rows: [string, string | null | undefined, string][] = [
    [t("label.name"), title, "name"],
    [t("label.responsible"), responsible, "responsible"],
    [t("label.origin"), label?.origin, "origin"],
    [t("label.netQuantity"), label?.net_quantity, "net-quantity"],
    [t("label.ingredients"), label?.ingredients, "ingredients"],
    ...(label?.alcohol_percent != null
      ? ([[t("label.alcohol"), t("label.alcoholValue", { percent: label.alcohol_percent }), "alcohol"]] as [string, string, string][])
      : []),
    [t("label.shelfLife"), label?.shelf_life, "shelf-life"],
    [t("label.storage"), label?.storage, "storage"],
    ...(label?.usage ? ([[t("label.usage"), label.usage, "usage"]] as [string, string, string][]) : []),
    ...(label?.warnings ? ([[t("label.warnings"), label.warnings, "warnings"]] as [string, string, string][]) : []),
  ]
  return (
    <section aria-labelledby="label-heading" data-testid="product-label">
      <h2 id="label-heading" className="text-lg font-bold">
        {t("label.title")}
      </h2>
      {label?.alcohol_percent != null ? (
        <div role="note" className="mt-3 flex gap-3 rounded-xl bg-red-50 p-3 ring-1 ring-red-300" data-testid="age-notice">
          <span aria-hidden="true" className="flex size-11 shrink-0 items-center justify-center rounded-full bg-red-700 font-bold text-white">
            18+
          </span>
          <p className="text-sm text-red-900">
            <strong className="block">{t("ageNoticeTitle")}</strong>
            {t("ageNotice", { percent: label.alcohol_percent })}
          </p>
        </div>
      ) : null}
      <dl className="mt-3 divide-y divide-stone-200 rounded-xl bg-white text-sm ring-1 ring-stone-200">
        {rows.map(([term, value, key]) => (
          <div key={key} className="grid gap-1 px-3 py-2 sm:grid-cols-[12rem_1fr]" data-testid={`label-${key}`}>
            <dt className="font-semibold text-stone-700">{term}</dt>
            <dd className={value ? "text-stone-900" : "italic text-stone-600"}>{value || missing}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
