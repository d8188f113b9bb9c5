import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedAll } from "./seeding"

/**
 * `medusa exec ./src/scripts/seed.ts` — seeds an empty database.
 * Refuses to run twice: a second catalogue would duplicate handles and SKUs.
 */
export default async function seed({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({ entity: "region", fields: ["id"], pagination: { take: 1 } })
  if (regions.length > 0) {
    logger.info("[seed] the database already has a region: nothing to seed")
    return
  }
  const result = await seedAll(container)
  logger.info(`[seed] done: ${result.productIds.length} products`)
}
