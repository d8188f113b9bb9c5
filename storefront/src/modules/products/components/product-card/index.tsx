import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { CatalogueProduct } from "@/lib/types"
import { cheapestPrice } from "@/lib/util/prices"
import Thumbnail from "@/modules/common/components/thumbnail"
import OcopStars from "@/modules/products/components/ocop-stars"
import ProductPrice from "@/modules/products/components/product-price"

type Props = { product: CatalogueProduct; priority?: boolean }

export default async function ProductCard({ product, priority = false }: Props) {
  const t = await getTranslations("product")
  return (
    <li>
      <Link
        href={`/products/${product.handle}`}
        className="group block rounded-2xl bg-white p-3 shadow-sm ring-1 ring-stone-200 transition hover:ring-brand-600"
        data-testid="product-card"
      >
        <Thumbnail
          src={product.thumbnail}
          alt={product.title}
          placeholder={product.title}
          priority={priority}
          sizes="(max-width: 640px) 50vw, (max-width: 1024px) 33vw, 25vw"
        />
        {product.ocop ? (
          <p className="mt-2">
            <OcopStars badge={product.ocop} label={t("ocopStars", { stars: product.ocop.stars })} />
          </p>
        ) : null}
        <h3 className="mt-2 font-semibold leading-snug group-hover:text-brand-700">{product.title}</h3>
        {product.subtitle ? <p className="text-sm text-stone-500">{product.subtitle}</p> : null}
        {product.producer ? <p className="text-xs text-stone-500">{product.producer.name}</p> : null}
        <p className="mt-1">
          <ProductPrice amount={cheapestPrice(product)} fallback={t("noPrice")} />
        </p>
      </Link>
    </li>
  )
}
