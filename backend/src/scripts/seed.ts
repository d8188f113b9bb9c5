import type { ExecArgs, ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedAll } from "./seeding"

/**
 * `medusa exec ./src/scripts/seed.ts` — seeds an empty database.
 * Refuses to run twice: a second catalogue would duplicate handles and SKUs.
 *
 * The product search index is made live (empty) first, so the events of the
 * seed's workflows find it, and rebuilt at the end: this process may exit
 * before every event is handled, and the server only fills an empty index.
 */
export default async function seed({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({ entity: "region", fields: ["id"], pagination: { take: 1 } })
  if (regions.length > 0) {
    logger.info("[seed] the database already has a region: nothing to seed")
    return
  }
  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  await search.reindex({ index: "product" })
  const result = await seedAll(container)
  await search.reindex({ index: "product" })
  logger.info(`[seed] done: ${result.productIds.length} products, search index rebuilt`)
}
