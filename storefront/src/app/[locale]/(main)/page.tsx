import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { Link } from "@/i18n/link"
import { routing } from "@/i18n/routing"
import { catalogueHref, EMPTY_STATE } from "@/lib/catalogue/params"
import { getCatalogueFacets, listCatalogue } from "@/lib/data/products"
import { listFeaturedCooperatives } from "@/lib/data/producers"
import { localeAlternates } from "@/lib/seo/alternates"
import SearchForm from "@/modules/common/components/search-form"
import FeaturedProducers from "@/modules/home/components/featured-producers"
import GroupLinks from "@/modules/home/components/group-links"
import ProductGrid from "@/modules/products/components/product-grid"

type Props = { params: Promise<{ locale: string }> }

export const revalidate = 60

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  return { alternates: localeAlternates(locale, "") }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "home" })
  const tp = await getTranslations({ locale, namespace: "producer" })
  const [fourStar, facets, cooperatives] = await Promise.all([
    listCatalogue({ stars: [4], limit: 8 }),
    getCatalogueFacets(),
    listFeaturedCooperatives(4),
  ])
  const sectionLink = "inline-flex min-h-11 items-center font-semibold text-brand-700 underline"

  return (
    <>
      <section className="rounded-3xl bg-brand-800 px-5 py-8 text-white md:px-8 md:py-10 [&_*:focus-visible]:outline-amber-300!">
        <h1 className="text-3xl font-bold leading-tight md:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-2xl text-brand-50">{t("intro")}</p>
        <div className="mt-5 max-w-xl">
          <SearchForm
            action={`/${locale}/products`}
            id="home-q"
            label={t("searchLabel")}
            placeholder={t("searchPlaceholder")}
            buttonLabel={t("searchButton")}
          />
        </div>
        <Link href="/products" className="mt-4 inline-flex min-h-11 items-center font-semibold text-white underline">
          {t("browseAll")}
        </Link>
      </section>

      <section className="mt-10" aria-labelledby="four-star-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="four-star-heading" className="text-xl font-bold">
            {t("fourStar")}
          </h2>
          <Link href={catalogueHref({ ...EMPTY_STATE, stars: [4] })} className={sectionLink}>
            {t("viewAllFourStar")}
          </Link>
        </div>
        {fourStar.products.length === 0 ? (
          <p className="mt-4 text-stone-700">{t("empty")}</p>
        ) : (
          <div className="mt-4">
            <ProductGrid products={fourStar.products} priorityCount={4} columns="wide" testId="four-star-products" />
          </div>
        )}
      </section>

      <section className="offscreen mt-10" aria-labelledby="groups-heading">
        <h2 id="groups-heading" className="text-xl font-bold">
          {t("groups")}
        </h2>
        <div className="mt-4">
          <GroupLinks locale={locale} counts={facets.group} countLabel={(count) => t("groupCount", { count })} />
        </div>
      </section>

      <section className="mt-10 rounded-3xl bg-white p-5 ring-1 ring-stone-200 md:p-8" aria-labelledby="story-heading">
        <h2 id="story-heading" className="text-xl font-bold">
          {t("storyTitle")}
        </h2>
        <p className="mt-3 max-w-3xl leading-relaxed text-stone-800">{t("story")}</p>
      </section>

      <section className="offscreen mt-10" aria-labelledby="producers-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="producers-heading" className="text-xl font-bold">
            {t("producers")}
          </h2>
          <Link href="/producers" className={sectionLink}>
            {t("allProducers")}
          </Link>
        </div>
        <div className="mt-4">
          <FeaturedProducers locale={locale} producers={cooperatives} sampleLabel={tp("sample")} />
        </div>
      </section>
    </>
  )
}
