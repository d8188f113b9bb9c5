import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, ProductEvents } from "@medusajs/framework/utils"
import { refreshOcopListingsWorkflow } from "../workflows/refresh-ocop-listings"

type EntityEvent = { id: string } | { id: string }[]

const VARIANT_EVENTS: string[] = [
  ProductEvents.PRODUCT_VARIANT_CREATED,
  ProductEvents.PRODUCT_VARIANT_UPDATED,
  ProductEvents.PRODUCT_VARIANT_DELETED,
]

/** Keeps the OCOP catalogue rows in step with product, variant and price changes. */
export default async function ocopListingSync({ event, container }: SubscriberArgs<EntityEvent>): Promise<void> {
  const ids = (Array.isArray(event.data) ? event.data : [event.data]).map((entity) => entity.id)
  let productIds = ids
  if (VARIANT_EVENTS.includes(event.name)) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["product_id"],
      filters: { id: ids },
      withDeleted: true,
    })
    productIds = data.flatMap((variant) => (variant.product_id ? [variant.product_id] : []))
  }
  if (productIds.length) {
    await refreshOcopListingsWorkflow(container).run({ input: { product_ids: productIds } })
  }
}

export const config: SubscriberConfig = {
  event: [
    ProductEvents.PRODUCT_CREATED,
    ProductEvents.PRODUCT_UPDATED,
    ProductEvents.PRODUCT_DELETED,
    ...VARIANT_EVENTS,
  ],
}
