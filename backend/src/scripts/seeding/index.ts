import type { MedusaContainer } from "@medusajs/framework/types"
import { seedProducts } from "./seed-products"
import { seedShopSetup, type ShopSetup } from "./shop-setup"
import { STARTER_PRODUCTS } from "./starter-products"

export type SeedResult = ShopSetup & { productIds: string[] }

/** Seeds an empty database: shop setup, then the catalogue. */
export async function seedAll(container: MedusaContainer): Promise<SeedResult> {
  const setup = await seedShopSetup(container)
  const productIds = await seedProducts(container, setup, STARTER_PRODUCTS)
  return { ...setup, productIds }
}
