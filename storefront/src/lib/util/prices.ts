type PricedProduct = {
  /** Search results carry the cheapest pack's price from the search index instead of priced variants. */
  price_vnd?: number | null
  variants?: { calculated_price?: { calculated_amount?: number | null } | null }[] | null
}

/** The lowest calculated price among a product's variants, in whole VND, or null when unpriced. */
export function cheapestPrice(product: PricedProduct): number | null {
  if (typeof product.price_vnd === "number") return product.price_vnd
  const amounts = (product.variants ?? [])
    .map((variant) => variant.calculated_price?.calculated_amount)
    .filter((amount): amount is number => typeof amount === "number")
  return amounts.length ? Math.min(...amounts) : null
}
