import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { ShopSetup } from "./shop-setup"
import type { StarterProduct } from "./starter-products"

type VariantInventory = {
  sku: string | null
  inventory_items?: ({ inventory_item_id: string } | null)[] | null
}

/** Creates published single-variant products with a VND price and stock at the warehouse. */
export async function seedProducts(
  container: MedusaContainer,
  setup: ShopSetup,
  products: StarterProduct[]
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: products.map((product) => ({
        title: product.title,
        subtitle: product.subtitle,
        handle: product.handle,
        description: product.description,
        status: ProductStatus.PUBLISHED,
        weight: product.weight,
        origin_country: "vn",
        shipping_profile_id: setup.shippingProfileId,
        sales_channels: [{ id: setup.salesChannelId }],
        options: [{ title: "Quy cách", values: [product.subtitle] }],
        variants: [
          {
            title: product.subtitle,
            sku: product.sku,
            manage_inventory: true,
            weight: product.weight,
            options: { "Quy cách": product.subtitle },
            prices: [{ amount: product.price, currency_code: "vnd" }],
          },
        ],
      })),
    },
  })

  const skuStock = new Map(products.map((product) => [product.sku, product.stock]))
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: result.map((product) => product.id) },
  })

  const variants: VariantInventory[] = data
  const levels = variants.flatMap((variant) =>
    (variant.inventory_items ?? []).flatMap((link) =>
      link
        ? [
            {
              inventory_item_id: link.inventory_item_id,
              location_id: setup.stockLocationId,
              stocked_quantity: skuStock.get(variant.sku ?? "") ?? 0,
            },
          ]
        : []
    )
  )
  await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })

  return result.map((product) => product.id)
}
