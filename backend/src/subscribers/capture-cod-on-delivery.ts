import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { captureCodOnDeliveryWorkflow } from "../workflows/capture-cod-on-delivery"

/** Delivered means paid for cash-on-delivery orders. */
export default async function captureCodOnDelivery({ event, container }: SubscriberArgs<{ id: string }>): Promise<void> {
  await captureCodOnDeliveryWorkflow(container).run({ input: { fulfillment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: FulfillmentWorkflowEvents.DELIVERY_CREATED }
