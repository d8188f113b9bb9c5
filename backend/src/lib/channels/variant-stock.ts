import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { variantAvailable } from "../../modules/channels/domain/stock-rules"
import { graphRows } from "../../workflows/steps/graph-rows"

/**
 * The master stock of variants as channels see it: stocked − reserved at the
 * locations of the product's producer (its own warehouse), or at every
 * location holding the item when the product has no producer location (the
 * provincial warehouse of the starter shop).
 */
export const VARIANT_STOCK_FIELDS = [
  "id",
  "sku",
  "product_id",
  "manage_inventory",
  "inventory_items.inventory_item_id",
  "inventory_items.required_quantity",
  "inventory_items.inventory.location_levels.location_id",
  "inventory_items.inventory.location_levels.stocked_quantity",
  "inventory_items.inventory.location_levels.reserved_quantity",
  "product.ocop_producer.stock_location.id",
]

type Level = { location_id: string; stocked_quantity: number | string | null; reserved_quantity: number | string | null }

export type VariantStockRow = {
  id: string
  sku: string | null
  product_id: string
  manage_inventory: boolean
  inventory_items?:
    | ({
        inventory_item_id: string
        required_quantity: number | string | null
        inventory?: { location_levels?: (Level | null)[] | null } | null
      } | null)[]
    | null
  product?: { ocop_producer?: { stock_location?: { id: string } | null } | null } | null
}

/** Free units of one inventory item at one location. */
export type LocationFree = { location_id: string; free: number }

export type ItemStock = { inventory_item_id: string; required_quantity: number; levels: LocationFree[] }

export type VariantStock = {
  variant_id: string
  product_id: string
  sku: string | null
  manage_inventory: boolean
  /** Sellable units now (0 for unmanaged stock). */
  available: number
  items: ItemStock[]
}

/** The locations whose stock counts for a variant, or null for "wherever the item is stocked". */
function countedLocations(row: VariantStockRow): Set<string> | null {
  const location = row.product?.ocop_producer?.stock_location?.id
  return location ? new Set([location]) : null
}

export function variantStock(row: VariantStockRow): VariantStock {
  const locations = countedLocations(row)
  const items: ItemStock[] = (row.inventory_items ?? []).flatMap((link) => {
    if (!link) return []
    const levels = (link.inventory?.location_levels ?? [])
      .filter((level): level is Level => !!level && (!locations || locations.has(level.location_id)))
      .map((level) => ({
        location_id: level.location_id,
        free: Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0),
      }))
    return [{ inventory_item_id: link.inventory_item_id, required_quantity: Number(link.required_quantity ?? 1), levels }]
  })
  const available = variantAvailable({
    manage_inventory: row.manage_inventory,
    items: items.map((item) => ({
      required_quantity: item.required_quantity,
      available: item.levels.reduce((sum, level) => sum + Math.max(0, level.free), 0),
    })),
  })
  return {
    variant_id: row.id,
    product_id: row.product_id,
    sku: row.sku,
    manage_inventory: row.manage_inventory,
    available,
    items,
  }
}

/** Reads the stock of some variants in one query. Unknown ids are simply absent. */
export async function loadVariantStock(container: MedusaContainer, variantIds: string[]): Promise<Map<string, VariantStock>> {
  const ids = [...new Set(variantIds)]
  if (!ids.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: VARIANT_STOCK_FIELDS, filters: { id: ids } })
  return new Map(graphRows<VariantStockRow>(data).map((row) => [row.id, variantStock(row)]))
}
