import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"
import { highlightTitle } from "@/lib/search/highlight"
import type { SearchProduct } from "@/lib/types"
import { cheapestPrice } from "@/lib/util/prices"
import type { ImageLoad } from "@/modules/common/components/product-image"
import Thumbnail from "@/modules/common/components/thumbnail"
import OcopStars from "@/modules/products/components/ocop-stars"
import ProductPrice from "@/modules/products/components/product-price"

type Props = {
  /** From the search, the title's matched words are marked. */
  product: SearchProduct
  load?: ImageLoad
  /** Product pages list related products: their prices must not share the page price's test id. */
  priceTestId?: string
  headingLevel?: "h2" | "h3"
}

export default async function ProductCard({ product, load = "lazy", priceTestId, headingLevel = "h3" }: Props) {
  const t = await getTranslations("product")
  const Heading = headingLevel
  return (
    <li className={load === "lazy" ? "offscreen" : undefined}>
      <Link
        href={`/products/${product.handle}`}
        className="group card"
        data-testid="product-card"
      >
        <Thumbnail
          src={product.thumbnail}
          // The title is the link's text already: the picture adds nothing for a screen reader.
          alt=""
          placeholder={product.title}
          load={load}
          sizes="(max-width: 640px) 50vw, (max-width: 1024px) 33vw, 25vw"
        />
        {product.ocop ? (
          <p className="mt-2">
            <OcopStars badge={product.ocop} label={t("ocopStars", { stars: product.ocop.stars })} />
          </p>
        ) : null}
        <Heading className="mt-2 font-semibold leading-snug group-hover:text-brand-700">
          {highlightTitle(product.title, product.highlight?.title)}
        </Heading>
        {product.subtitle ? <p className="text-sm text-stone-600">{product.subtitle}</p> : null}
        {product.producer ? <p className="text-xs text-stone-600">{product.producer.name}</p> : null}
        <p className="mt-1">
          <ProductPrice amount={cheapestPrice(product)} fallback={t("noPrice")} testId={priceTestId} />
        </p>
      </Link>
    </li>
  )
}
