import type { LazadaPriceQuantitySku, LazadaProductPayload } from "./product-types"

/**
 * Dry-run checks for a /product/create payload against the documented rules
 * ("Create a product" guide, field table): catch what Lazada would refuse
 * before spending a call. Returns human-readable problems, empty when fine.
 */
export function lazadaProductPayloadProblems(payload: LazadaProductPayload): string[] {
  const problems: string[] = []
  const product = payload?.Request?.Product
  if (!product) return ["Request.Product is missing"]
  if (!Number.isInteger(Number(product.PrimaryCategory)) || Number(product.PrimaryCategory) <= 0) problems.push("PrimaryCategory must be a leaf category id")
  if (!Array.isArray(product.Images?.Image)) problems.push("Images.Image must be an array")
  else if (product.Images.Image.length > 8) problems.push("Images.Image holds at most 8 images")
  const attributes = product.Attributes ?? { name: "", description: "" }
  if (!attributes.name?.trim()) problems.push("Attributes.name is mandatory")
  else if (attributes.name.length > 255) problems.push("Attributes.name is longer than 255 characters")
  if ((attributes.description ?? "").length > 25_000) problems.push("Attributes.description is longer than 25000 characters")
  if (attributes.brand_id === undefined && !attributes.brand) problems.push("Attributes.brand_id (or brand) is mandatory")
  if (!Array.isArray(product.Skus?.Sku) || product.Skus.Sku.length === 0) {
    problems.push("Skus.Sku must be a non-empty array")
    return problems
  }
  const seen = new Set<string>()
  for (const [index, sku] of product.Skus.Sku.entries()) {
    const label = sku.SellerSku ? `SKU ${sku.SellerSku}` : `Skus.Sku[${index}]`
    if (!sku.SellerSku?.trim()) problems.push(`${label}: SellerSku is mandatory`)
    else if (seen.has(sku.SellerSku)) problems.push(`${label}: SellerSku repeats within the product`)
    else seen.add(sku.SellerSku)
    if (sku.price === undefined || !(Number(sku.price) > 0)) problems.push(`${label}: price is mandatory and must be above 0`)
    else if (!Number.isInteger(Number(sku.price))) problems.push(`${label}: VND price must be a whole number`)
    if (sku.quantity === undefined || !Number.isInteger(Number(sku.quantity)) || Number(sku.quantity) < 0) problems.push(`${label}: quantity must be a whole number ≥ 0`)
    for (const field of ["package_weight", "package_length", "package_width", "package_height"] as const) {
      const value = sku[field]
      if (value === undefined || !(Number(value) > 0)) problems.push(`${label}: ${field} is mandatory`)
      else if (Math.round(Number(value) * 100) !== Number(value) * 100) problems.push(`${label}: ${field} allows at most 2 decimals`)
    }
    if (sku.Images && (!Array.isArray(sku.Images.Image) || sku.Images.Image.length > 8)) problems.push(`${label}: Images.Image must be an array of at most 8`)
  }
  return problems
}

/** A price_quantity entry must name its SKU (SellerSku, or ItemId + SkuId). */
export function priceQuantitySkuProblem(sku: LazadaPriceQuantitySku): string | null {
  if (!sku.SellerSku && sku.SkuId === undefined) return "each SKU needs SellerSku or SkuId"
  if (sku.Quantity !== undefined && (!Number.isInteger(sku.Quantity) || sku.Quantity < 0)) return `quantity of ${sku.SellerSku ?? sku.SkuId} cannot be negative`
  return null
}
