import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { placeLabel, producerTypeLabel } from "@/lib/ocop-labels"
import type { ProducerPage } from "@/lib/types"
import SampleBadge from "@/modules/common/components/sample-badge"
import ContactLinks from "@/modules/producers/components/contact-links"
import SellerDetails from "@/modules/producers/components/seller-details"
import ProductGrid from "@/modules/products/components/product-grid"

export default async function ProducerTemplate({ data, locale }: { data: ProducerPage; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "producer" })
  const { producer, products } = data
  return (
    <article>
      <Link href="/producers" className="inline-flex min-h-11 items-center text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <header className="mt-2">
        <h1 className="text-2xl font-bold leading-tight md:text-3xl">{producer.name}</h1>
        <p className="mt-1 text-stone-700">
          {producerTypeLabel(producer.type, locale)} · {placeLabel(producer.commune, producer.district, locale)}
        </p>
        {producer.is_sample ? (
          <div className="mt-2 flex flex-wrap items-center gap-2" data-testid="sample-notice">
            <SampleBadge label={t("sample")} />
            <span className="text-sm text-stone-700">{t("sampleNotice")}</span>
          </div>
        ) : null}
      </header>

      <div className="mt-6 grid gap-8 md:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-6">
          {producer.story ? (
            <section aria-labelledby="story-heading">
              <h2 id="story-heading" className="text-lg font-bold">
                {t("story")}
              </h2>
              <p className="mt-2 leading-relaxed text-stone-800">{producer.story}</p>
            </section>
          ) : null}
          <section aria-labelledby="contact-heading">
            <h2 id="contact-heading" className="text-lg font-bold">
              {t("contact")}
            </h2>
            <div className="mt-2">
              {producer.phone || producer.zalo ? (
                <ContactLinks
                  phone={producer.phone}
                  zalo={producer.zalo}
                  labels={{
                    call: (phone) => t("call", { phone }),
                    zalo: t("zaloLink"),
                    zaloLabel: t("zaloLabel", { name: producer.name }),
                  }}
                />
              ) : (
                <p className="italic text-stone-600">{t("notProvided")}</p>
              )}
            </div>
          </section>
        </div>
        <SellerDetails producer={producer} locale={locale} />
      </div>

      <section aria-labelledby="producer-products-heading" className="mt-10">
        <h2 id="producer-products-heading" className="text-xl font-bold">
          {t("products", { name: producer.name })}
        </h2>
        {products.length ? (
          <div className="mt-4">
            <ProductGrid products={products} priorityCount={2} columns="wide" testId="producer-products" />
          </div>
        ) : (
          <p className="mt-3 text-stone-700">{t("noProducts")}</p>
        )}
      </section>
    </article>
  )
}
