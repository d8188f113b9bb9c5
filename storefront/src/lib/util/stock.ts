import type { VariantStock } from "@/lib/types"

/** The most a shopper may put in the cart in one go (the cart action accepts 1–99). */
export const MAX_QUANTITY = 99
/** At or below this many left, the page says "only N left". */
export const LOW_STOCK = 5

type MedusaVariantStock = {
  id: string
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
}

/** Medusa's variant fields → what the buy box needs. Untracked or backorderable stock is unlimited (null). */
export function toVariantStock(variants: MedusaVariantStock[]): VariantStock[] {
  return variants.map((variant) => ({
    id: variant.id,
    available:
      variant.manage_inventory === false || variant.allow_backorder === true
        ? null
        : Math.max(0, Math.floor(variant.inventory_quantity ?? 0)),
  }))
}

export type StockState = "in_stock" | "low" | "out" | "unknown"

export function stockState(stock: VariantStock | undefined): StockState {
  if (!stock) return "unknown"
  if (stock.available === null) return "in_stock"
  if (stock.available <= 0) return "out"
  return stock.available <= LOW_STOCK ? "low" : "in_stock"
}

/** The largest quantity the stepper allows: the stock left, at most {@link MAX_QUANTITY}. */
export function maxQuantity(stock: VariantStock | undefined): number {
  if (!stock || stock.available === null) return MAX_QUANTITY
  return Math.max(0, Math.min(stock.available, MAX_QUANTITY))
}

/** Keeps a typed or stepped quantity within 1…max (0 only when nothing is left). */
export function clampQuantity(quantity: number, max: number): number {
  if (max <= 0) return 0
  if (!Number.isFinite(quantity)) return 1
  return Math.min(Math.max(1, Math.floor(quantity)), max)
}

/** Whether any variant can be bought: drives schema.org availability. */
export function anyInStock(stock: VariantStock[]): boolean {
  return stock.some((variant) => variant.available === null || variant.available > 0)
}
