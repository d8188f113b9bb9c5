import type { ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { graphRows } from "./graph-rows"
import { ocopService } from "./resolve-ocop"

export type AffectedProductsInput = {
  product_ids?: string[]
  producer_ids?: string[]
  inventory_level_ids?: string[]
}

type InventoryLevelRow = { inventory_item?: { variants?: ({ product_id: string | null } | null)[] | null } | null }

/**
 * The products whose search documents a change touches: named directly, made
 * by a changed producer (read from the catalogue rows, which carry the
 * producer), or stocked by a changed inventory level. Read-only.
 */
export const resolveAffectedProductsStep = createStep(
  "resolve-search-affected-products",
  async (input: AffectedProductsInput, { container }) => {
    const ids = new Set(input.product_ids ?? [])
    if (input.producer_ids?.length) {
      const listings = await ocopService(container).listOcopListings(
        { producer_id: input.producer_ids },
        { select: ["product_id"], take: null }
      )
      for (const listing of listings) ids.add(listing.product_id)
    }
    if (input.inventory_level_ids?.length) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "inventory_level",
        fields: ["inventory_item.variants.product_id"],
        filters: { id: input.inventory_level_ids },
        withDeleted: true,
      })
      for (const level of graphRows<InventoryLevelRow>(data)) {
        for (const variant of level.inventory_item?.variants ?? []) if (variant?.product_id) ids.add(variant.product_id)
      }
    }
    return new StepResponse([...ids])
  }
)

/**
 * Rebuilds these products' documents in the product search index, in place,
 * through the Search Module (the same seed the admin's full rebuild runs). It
 * waits for a running full rebuild, so the change lands in the version that
 * goes live. Idempotent; nothing to undo.
 */
export const reindexProductSearchStep = createStep(
  { name: "reindex-product-search", maxRetries: 2 },
  async (productIds: string[], { container }) => {
    if (!productIds.length) return new StepResponse({ reindexed: 0 })
    const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
    await search.reindex({ index: "product", filters: { id: productIds }, strategy: "in_place" })
    return new StepResponse({ reindexed: productIds.length })
  }
)
