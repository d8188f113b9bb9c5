import "server-only"
import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { BuyBoxLabels } from "."

const PRODUCT_KEYS = [
  "checkingStock",
  "stockUnknown",
  "outOfStock",
  "lowStock",
  "inStock",
  "price",
  "noPrice",
  "variant",
  "quantity",
  "decrease",
  "increase",
  "maxQuantity",
  "adding",
  "addToCart",
  "viewCart",
] as const

/** The buy box's words for a locale, raw so that `{count}` and `{max}` are filled in the browser. */
export async function buyBoxLabels(locale: Locale): Promise<BuyBoxLabels> {
  const product = await getTranslations({ locale, namespace: "product" })
  const cart = await getTranslations({ locale, namespace: "cart" })
  const fromProduct = Object.fromEntries(PRODUCT_KEYS.map((key) => [key, String(product.raw(key))])) as Pick<
    BuyBoxLabels,
    (typeof PRODUCT_KEYS)[number]
  >
  return {
    ...fromProduct,
    added: cart("added"),
    cartOutOfStock: cart("outOfStock"),
    invalid: cart("invalid"),
    unavailable: cart("unavailable"),
  }
}
