import { getTranslations, setRequestLocale } from "next-intl/server"
import { hasLocale } from "next-intl"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { listCatalogue } from "@/lib/data/products"
import ProductCard from "@/modules/products/components/product-card"

type Props = { params: Promise<{ locale: string }> }

export const revalidate = 60

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations("home")
  const { products } = await listCatalogue({ limit: 12 })

  return (
    <>
      <section className="rounded-3xl bg-brand-700 px-6 py-10 text-white">
        <h1 className="text-3xl font-bold leading-tight md:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-2xl text-brand-50">{t("intro")}</p>
      </section>
      <section className="mt-10" aria-labelledby="products-heading">
        <h2 id="products-heading" className="text-xl font-bold">
          {t("products")}
        </h2>
        {products.length === 0 ? (
          <p className="mt-4 text-stone-600">{t("empty")}</p>
        ) : (
          <ul className="mt-4 grid grid-cols-2 gap-4 md:grid-cols-3 lg:grid-cols-4">
            {products.map((product, index) => (
              <ProductCard key={product.id} product={product} priority={index < 4} />
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
