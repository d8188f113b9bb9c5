import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { InventoryEvents, OrderWorkflowEvents, ProductVariantWorkflowEvents } from "@medusajs/framework/utils"
import { markChannelStockDirtyWorkflow } from "../workflows/mark-channel-stock-dirty"
import type { StockChangeInput } from "../workflows/steps/channel-stock-steps"
import { accountsNeedingPush, pushFlaggedAccounts } from "../lib/channels/push-flagged-accounts"

type Payload = { id?: unknown } | { id?: unknown }[]

const ORDER_EVENTS: string[] = [OrderWorkflowEvents.PLACED, OrderWorkflowEvents.CANCELED]
const LEVEL_EVENTS: string[] = [
  InventoryEvents.INVENTORY_LEVEL_CREATED,
  InventoryEvents.INVENTORY_LEVEL_UPDATED,
  InventoryEvents.INVENTORY_LEVEL_DELETED,
]
const RESERVATION_EVENTS: string[] = [
  InventoryEvents.RESERVATION_ITEM_CREATED,
  InventoryEvents.RESERVATION_ITEM_UPDATED,
  InventoryEvents.RESERVATION_ITEM_DELETED,
]

/** What the event is about, in the words the workflow takes. */
export function stockChangeFor(name: string, data: Payload): StockChangeInput {
  const ids = (Array.isArray(data) ? data : [data])
    .map((entry) => entry?.id)
    .filter((id): id is string => typeof id === "string")
  if (ORDER_EVENTS.includes(name)) return { order_ids: ids }
  if (LEVEL_EVENTS.includes(name)) return { inventory_level_ids: ids }
  if (RESERVATION_EVENTS.includes(name)) return { reservation_ids: ids }
  return { variant_ids: ids }
}

/**
 * Keeps channel listings' desired stock in step with the master stock:
 * orders placed or canceled, stock levels and reservations moving, variants
 * changed or deleted (a deleted variant offers 0). Idempotent (the workflow
 * only writes what differs), so duplicate or overlapping events are
 * harmless; the reconcile-channel-stock job catches anything missed.
 * Accounts the backend can push (sealed tokens, app configured) are then
 * pushed at once; the others wait for the channel CLI.
 */
export default async function channelStockSync({ event, container }: SubscriberArgs<Payload>): Promise<void> {
  const { result } = await markChannelStockDirtyWorkflow(container).run({ input: stockChangeFor(event.name, event.data) })
  await pushFlaggedAccounts(container, accountsNeedingPush(result))
}

export const config: SubscriberConfig = {
  event: [
    ...ORDER_EVENTS,
    ...LEVEL_EVENTS,
    ...RESERVATION_EVENTS,
    ProductVariantWorkflowEvents.UPDATED,
    ProductVariantWorkflowEvents.DELETED,
  ],
  context: { subscriberId: "channel-stock-sync" },
}
