import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { PAYMENT_PROVIDERS } from "../../config/modules"

type Payment = { id: string; provider_id: string; captured_at: string | null; canceled_at: string | null }
type FulfillmentRow = { order?: { payment_collections?: ({ payments?: (Payment | null)[] | null } | null)[] | null } | null }

/**
 * Cash on delivery is collected by the carrier: when a delivery is recorded,
 * the order's COD payment is captured. Running it twice captures nothing twice.
 */
export const captureCodOnDeliveryWorkflow = createWorkflow(
  "capture-cod-on-delivery",
  (input: { fulfillment_id: string }) => {
    const { data } = useQueryGraphStep({
      entity: "fulfillment",
      fields: [
        "id",
        "order.payment_collections.payments.id",
        "order.payment_collections.payments.provider_id",
        "order.payment_collections.payments.captured_at",
        "order.payment_collections.payments.canceled_at",
      ],
      filters: { id: input.fulfillment_id },
    })
    const paymentId = transform({ data }, ({ data }) => {
      const rows = data as FulfillmentRow[]
      const payment = (rows[0]?.order?.payment_collections ?? [])
        .flatMap((collection) => collection?.payments ?? [])
        .find(
          (candidate): candidate is Payment =>
            !!candidate && candidate.provider_id === PAYMENT_PROVIDERS.cod && !candidate.captured_at && !candidate.canceled_at
        )
      return payment?.id ?? null
    })
    when({ paymentId }, ({ paymentId }) => paymentId !== null).then(() => {
      capturePaymentWorkflow.runAsStep({
        input: transform({ paymentId }, ({ paymentId }) => ({ payment_id: paymentId as string })),
      })
    })
    return new WorkflowResponse({ captured_payment_id: paymentId })
  }
)
