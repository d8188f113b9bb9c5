import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { placeLabel, producerTypeLabel } from "@/lib/ocop-labels"
import type { ProducerPublic } from "@/lib/types"
import SampleBadge from "@/modules/common/components/sample-badge"
import ContactLinks from "@/modules/producers/components/contact-links"

/** The producer box on a product page: who made it, where, how to reach them, and their page. */
export default async function ProducerSummary({ producer, locale }: { producer: ProducerPublic; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "producer" })
  return (
    <section aria-labelledby="producer-heading" className="rounded-2xl bg-white p-4 ring-1 ring-stone-200" data-testid="producer-card">
      <p id="producer-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-600">
        {t("madeBy")}
      </p>
      <p className="mt-1 flex flex-wrap items-center gap-2">
        <Link href={`/producers/${producer.handle}`} className="text-lg font-bold text-brand-800 underline-offset-2 hover:underline">
          {producer.name}
        </Link>
        {producer.is_sample ? <SampleBadge label={t("sample")} testId="producer-sample" /> : null}
      </p>
      <p className="mt-1 text-sm text-stone-700">
        {producerTypeLabel(producer.type, locale)} · {placeLabel(producer.commune, producer.district, locale)}
      </p>
      <div className="mt-3">
        <ContactLinks
          phone={producer.phone}
          zalo={producer.zalo}
          labels={{ call: (phone) => t("call", { phone }), zalo: t("zaloLink"), zaloLabel: t("zaloLabel", { name: producer.name }) }}
        />
      </div>
      <Link
        href={`/producers/${producer.handle}`}
        className="mt-3 inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
        data-testid="producer-link"
      >
        {t("viewProducer", { name: producer.name })}
      </Link>
    </section>
  )
}
