type PricedProduct = {
  variants?: { calculated_price?: { calculated_amount?: number | null } | null }[] | null
}

/** The lowest calculated price among a product's variants, in whole VND, or null when unpriced. */
export function cheapestPrice(product: PricedProduct): number | null {
  const amounts = (product.variants ?? [])
    .map((variant) => variant.calculated_price?.calculated_amount)
    .filter((amount): amount is number => typeof amount === "number")
  return amounts.length ? Math.min(...amounts) : null
}
