import type { ChannelProduct, ChannelVariant } from "../core/source"
import { problem, type Problem } from "./problems"

/**
 * Checks on the source product that hold whatever the platform: a sample
 * record must not reach a real shop by accident, and a listing needs a SKU,
 * a price and a picture before any platform rule matters.
 */
export function sourceProblems(product: ChannelProduct, allowSample: boolean): Problem[] {
  const problems: Problem[] = []
  if (product.isSample && !allowSample) {
    problems.push(problem("isSample", "Sản phẩm mẫu (dữ liệu seed) không được đăng khi chưa bật --allow-sample", "sample product refused without allowSample"))
  }
  if (product.variants.length === 0) problems.push(problem("variants", "Sản phẩm chưa có quy cách (SKU) nào", "product has no variants"))
  const seen = new Set<string>()
  product.variants.forEach((variant, index) => {
    const at = `variants[${index}]`
    if (variant.sku.trim() === "") problems.push(problem(`${at}.sku`, "Thiếu mã SKU", "missing SKU"))
    else if (seen.has(variant.sku)) problems.push(problem(`${at}.sku`, `Mã SKU "${variant.sku}" bị trùng`, `duplicate SKU "${variant.sku}"`))
    seen.add(variant.sku)
    if (!Number.isFinite(variant.priceVnd) || variant.priceVnd <= 0) {
      problems.push(problem(`${at}.priceVnd`, `Giá gốc không hợp lệ (${variant.priceVnd})`, `source price must be above 0, got ${variant.priceVnd}`))
    }
  })
  if (product.images.length === 0) problems.push(problem("images", "Chưa có ảnh sản phẩm", "no product image"))
  product.images.forEach((url, index) => {
    if (!/^https?:\/\//iu.test(url)) problems.push(problem(`images[${index}]`, `Ảnh không phải địa chỉ http(s): ${url}`, `image is not an absolute http(s) URL`))
  })
  return problems
}

/** The one pack a listing sells, when it sells exactly one (its name then carries the pack size). */
export function singlePack(product: ChannelProduct): ChannelVariant | null {
  return product.variants.length === 1 ? (product.variants[0] ?? null) : null
}

/**
 * The parent SKU of a listing: the variant's SKU for a single pack, else the
 * shared start of the variant SKUs up to a separator ("TVA-MDG-500G",
 * "TVA-MDG-1KG" → "TVA-MDG"), else the product handle.
 */
export function parentSku(product: ChannelProduct): string {
  const skus = product.variants.map((variant) => variant.sku)
  if (skus.length === 1) return skus[0] ?? product.handle
  let prefix = skus[0] ?? ""
  for (const sku of skus.slice(1)) {
    while (!sku.startsWith(prefix)) prefix = prefix.slice(0, -1)
  }
  const cut = Math.max(prefix.lastIndexOf("-"), prefix.lastIndexOf("_"), prefix.lastIndexOf("."))
  const shared = cut > 0 ? prefix.slice(0, cut) : ""
  return shared.length >= 3 ? shared : product.handle.toUpperCase()
}

/** Grams → kg with 2 decimals (Lazada allows ≤ 2; Shopee's sheet takes 0.01 steps); null when unknown or not positive. */
export function kilograms(grams: number | null): number | null {
  if (grams === null || !Number.isFinite(grams) || grams <= 0) return null
  return Math.max(0.01, Math.round(grams / 10) / 100)
}

/** Centimetres as whole numbers (Shopee's dimension is int32), rounded up so a parcel is never under-declared. */
export function wholeCm(cm: number | null): number | null {
  if (cm === null || !Number.isFinite(cm) || cm <= 0) return null
  return Math.ceil(cm - 1e-9)
}

/** The largest of the values that are known, for an item whose packs differ. */
export function largest(values: Array<number | null>): number | null {
  const known = values.filter((value): value is number => value !== null)
  return known.length > 0 ? Math.max(...known) : null
}
