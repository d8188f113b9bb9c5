import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { InventoryEvents, ProductEvents } from "@medusajs/framework/utils"
import { OCOP_CERTIFICATE_ATTACHED } from "../workflows/attach-certificate"
import { OCOP_CERTIFICATE_CREATED } from "../workflows/certify-product"
import { OCOP_PRODUCER_CREATED } from "../workflows/create-producer"
import { OCOP_CERTIFICATE_DELETED } from "../workflows/delete-certificate"
import { OCOP_PRODUCER_DELETED } from "../workflows/delete-producer"
import { OCOP_CERTIFICATE_DETACHED } from "../workflows/detach-certificate"
import { OCOP_CERTIFICATE_RENEWAL_FILED } from "../workflows/file-certificate-renewal"
import { OCOP_CERTIFICATE_STATUSES_CHANGED } from "../workflows/refresh-certificate-statuses"
import { revalidateStorefrontWorkflow } from "../workflows/revalidate-storefront"
import { OCOP_CERTIFICATE_REVOKED } from "../workflows/revoke-certificate"
import { OCOP_CERTIFICATE_UPDATED } from "../workflows/update-certificate"
import { OCOP_PRODUCER_UPDATED } from "../workflows/update-producer"

const PRODUCER_EVENTS: string[] = [OCOP_PRODUCER_CREATED, OCOP_PRODUCER_UPDATED, OCOP_PRODUCER_DELETED]

/**
 * Catalogue pages are cached by shared tags; any change a shopper would see
 * (product, price, stock, certificate, producer) purges them at once.
 */
export default async function storefrontRevalidation({ event, container }: SubscriberArgs<unknown>): Promise<void> {
  const tags = PRODUCER_EVENTS.includes(event.name) ? ["products", "producers"] : ["products"]
  await revalidateStorefrontWorkflow(container).run({ input: { tags } })
}

export const config: SubscriberConfig = {
  event: [
    ProductEvents.PRODUCT_CREATED,
    ProductEvents.PRODUCT_UPDATED,
    ProductEvents.PRODUCT_DELETED,
    ProductEvents.PRODUCT_VARIANT_CREATED,
    ProductEvents.PRODUCT_VARIANT_UPDATED,
    ProductEvents.PRODUCT_VARIANT_DELETED,
    InventoryEvents.INVENTORY_LEVEL_CREATED,
    InventoryEvents.INVENTORY_LEVEL_UPDATED,
    InventoryEvents.INVENTORY_LEVEL_DELETED,
    OCOP_CERTIFICATE_CREATED,
    OCOP_CERTIFICATE_UPDATED,
    OCOP_CERTIFICATE_REVOKED,
    OCOP_CERTIFICATE_RENEWAL_FILED,
    OCOP_CERTIFICATE_ATTACHED,
    OCOP_CERTIFICATE_DETACHED,
    OCOP_CERTIFICATE_DELETED,
    OCOP_CERTIFICATE_STATUSES_CHANGED,
    ...PRODUCER_EVENTS,
  ],
}
