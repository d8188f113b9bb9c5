import type { MedusaContainer } from "@medusajs/framework/types"
import { seedCatalogue } from "./seed-catalogue"
import { seedShopSetup, type ShopSetup } from "./shop-setup"

export type SeedResult = ShopSetup & { productIds: string[]; producerIds: string[] }

/** Seeds an empty database: the shop setup, then the Cao Bằng OCOP catalogue. */
export async function seedAll(container: MedusaContainer): Promise<SeedResult> {
  const setup = await seedShopSetup(container)
  const catalogue = await seedCatalogue(container, setup)
  return { ...setup, ...catalogue }
}
