import type { HttpTypes } from "@medusajs/types"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { cheapestPrice } from "@/lib/util/prices"
import Thumbnail from "@/modules/common/components/thumbnail"
import ProductPrice from "@/modules/products/components/product-price"

export default async function ProductTemplate({ product }: { product: HttpTypes.StoreProduct }) {
  const t = await getTranslations("product")
  const sku = product.variants?.[0]?.sku
  return (
    <article className="grid gap-8 md:grid-cols-2">
      <div>
        <Thumbnail
          src={product.thumbnail ?? product.images?.[0]?.url}
          alt={product.title}
          placeholder={t("noImage")}
          priority
          sizes="(max-width: 768px) 100vw, 50vw"
        />
      </div>
      <div>
        <Link href="/" className="text-sm text-brand-700 underline">
          {t("back")}
        </Link>
        <h1 className="mt-3 text-3xl font-bold leading-tight">{product.title}</h1>
        {product.subtitle ? <p className="mt-1 text-stone-600">{product.subtitle}</p> : null}
        <p className="mt-4 text-2xl">
          <span className="sr-only">{t("price")}: </span>
          <ProductPrice amount={cheapestPrice(product)} fallback={t("noPrice")} />
        </p>
        {product.description ? <p className="mt-6 leading-relaxed text-stone-700">{product.description}</p> : null}
        {sku ? (
          <p className="mt-6 text-sm text-stone-500">
            {t("sku")}: {sku}
          </p>
        ) : null}
      </div>
    </article>
  )
}
