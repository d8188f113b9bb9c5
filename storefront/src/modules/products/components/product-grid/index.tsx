import type { SearchProduct } from "@/lib/types"
import ProductCard from "@/modules/products/components/product-card"

type Props = {
  products: SearchProduct[]
  /** How many first cards load their image eagerly (the first row on a phone and a desktop). */
  priorityCount?: number
  /** The first card's picture is the page's largest paint on a phone: load it first. */
  leadImage?: boolean
  priceTestId?: string
  testId?: string
  columns?: "default" | "wide"
}

export default function ProductGrid({ products, priorityCount = 0, leadImage = false, priceTestId, testId = "product-grid", columns = "default" }: Props) {
  return (
    <ul
      className={`grid grid-cols-2 gap-3 sm:gap-4 ${columns === "wide" ? "md:grid-cols-3 lg:grid-cols-4" : "md:grid-cols-3"}`}
      data-testid={testId}
    >
      {products.map((product, index) => (
        <ProductCard
          key={product.id}
          product={product}
          load={index === 0 && leadImage ? "lead" : index < priorityCount ? "eager" : "lazy"}
          priceTestId={priceTestId}
        />
      ))}
    </ul>
  )
}
