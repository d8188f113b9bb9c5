import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { DELIVERY_FEES } from "@/lib/legal/operator"
import type { CatalogueProduct, ProductDetail } from "@/lib/types"
import { formatVnd } from "@/lib/util/money"
import SampleBadge from "@/modules/common/components/sample-badge"
import ProducerSummary from "@/modules/producers/components/producer-summary"
import BuyBox, { type BuyBoxVariant } from "@/modules/products/components/buy-box"
import { buyBoxLabels } from "@/modules/products/components/buy-box/labels"
import OcopCertificate from "@/modules/products/components/ocop-certificate"
import OcopStars from "@/modules/products/components/ocop-stars"
import ProductGallery from "@/modules/products/components/product-gallery"
import ProductGrid from "@/modules/products/components/product-grid"
import ProductLabel from "@/modules/products/components/product-label"

type Props = { product: ProductDetail; related: CatalogueProduct[]; locale: Locale }

/** The cheapest priced variant is chosen first, so the page opens on the price the cards show. */
function initialVariant(variants: BuyBoxVariant[]): string {
  const priced = variants.filter((variant) => variant.price !== null)
  const cheapest = priced.reduce<BuyBoxVariant | undefined>(
    (best, variant) => (!best || (variant.price ?? 0) < (best.price ?? 0) ? variant : best),
    undefined
  )
  return (cheapest ?? variants[0]).id
}

export default async function ProductTemplate({ product, related, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "product" })
  const labels = await buyBoxLabels(locale)
  const images = [product.thumbnail, ...(product.images ?? []).map((image) => image.url)].filter(
    (url, index, all): url is string => !!url && all.indexOf(url) === index
  )
  const variants: BuyBoxVariant[] = product.variants.map((variant) => ({
    id: variant.id,
    title: variant.title ?? product.title,
    price: typeof variant.calculated_price?.calculated_amount === "number" ? variant.calculated_price.calculated_amount : null,
  }))
  const sample = product.is_sample || product.ocop?.is_sample || product.producer?.is_sample

  return (
    <article>
      <Link href="/products" className="inline-flex min-h-11 items-center text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <div className="mt-2 grid gap-8 md:grid-cols-2">
        <ProductGallery
          title={product.title}
          images={images}
          placeholder={t("noImage")}
          altFor={(index) => t("imageAlt", { title: product.title, index })}
        />
        <div className="flex min-w-0 flex-col gap-4">
          <div data-testid="product-header">
            {product.ocop ? (
              <p className="mb-2">
                <OcopStars badge={product.ocop} label={t("ocopStars", { stars: product.ocop.stars })} />
              </p>
            ) : null}
            <h1 className="text-2xl font-bold leading-tight md:text-3xl">{product.title}</h1>
            {product.subtitle ? <p className="mt-1 text-stone-700">{product.subtitle}</p> : null}
            {sample ? (
              <div className="mt-2 flex flex-wrap items-center gap-2" data-testid="sample-notice">
                <SampleBadge label={t("sample")} />
                <span className="text-sm text-stone-700">
                  {product.is_sample ? t("sampleProduct") : product.ocop?.is_sample ? t("sampleCertificate") : t("sampleProducer")}
                </span>
              </div>
            ) : null}
          </div>
          {variants.length ? <BuyBox labels={labels} cartHref={`/${locale}/cart`} handle={product.handle} variants={variants} initialVariantId={initialVariant(variants)} /> : null}
          <p className="text-sm text-stone-700">
            {product.shippable ? t("shippingNote", { fee: formatVnd(DELIVERY_FEES.standard) }) : t("notShippable")}{" "}
            <Link href="/legal/shipping-returns" className="inline-flex min-h-11 items-center text-brand-700 underline sm:min-h-0">
              {t("policyLink")}
            </Link>
          </p>
          {product.producer ? <ProducerSummary producer={product.producer} locale={locale} /> : null}
        </div>
      </div>

      <div className="mt-10 grid gap-8 md:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-8">
          {product.description ? (
            <section aria-labelledby="description-heading">
              <h2 id="description-heading" className="text-lg font-bold">
                {t("description")}
              </h2>
              <p className="mt-2 leading-relaxed text-stone-800">{product.description}</p>
            </section>
          ) : null}
          {product.ocop ? <OcopCertificate badge={product.ocop} locale={locale} /> : null}
        </div>
        <ProductLabel locale={locale} title={product.title} label={product.label} producer={product.producer} />
      </div>

      {related.length && product.producer ? (
        <section aria-labelledby="related-heading" className="mt-12">
          <h2 id="related-heading" className="text-xl font-bold">
            {t("related", { producer: product.producer.name })}
          </h2>
          <div className="mt-4">
            <ProductGrid products={related} priceTestId="related-price" testId="related-products" columns="wide" />
          </div>
        </section>
      ) : null}
    </article>
  )
}
