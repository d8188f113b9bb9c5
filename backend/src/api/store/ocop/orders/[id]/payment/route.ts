import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PAYMENT_PROVIDERS } from "../../../../../../config/modules"
import { vietQrPayload } from "../../../../../../modules/payment-vietqr/vietqr-payload"
import { graphRows } from "../../../../../../workflows/steps/graph-rows"

type PaymentRow = {
  provider_id: string
  amount: number
  captured_at: string | null
  data: Record<string, unknown> | null
}
type OrderRow = {
  id: string
  display_id: number | string
  total: number | string
  currency_code: string
  payment_collections?: ({ payments?: (PaymentRow | null)[] | null } | null)[] | null
}

/** The order code shoppers write in their transfer, e.g. "DH1042". */
export const orderCode = (displayId: number | string) => `DH${displayId}`

/**
 * GET /store/ocop/orders/:id/payment — how to pay an order: for VietQR the
 * EMVCo payload (exact total in VND, the order code as purpose) and the same
 * details as text; whether the payment has been received. Like Medusa's own
 * GET /store/orders/:id, the unguessable order id is the key.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "total",
      "currency_code",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.amount",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.data",
    ],
    filters: { id: req.params.id },
  })
  const [order] = graphRows<OrderRow>(data)
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  const payment = (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? []).find(Boolean)
  if (!payment) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This order has no payment")

  const amount = Math.round(Number(order.total))
  const code = orderCode(order.display_id)
  const paid = !!payment.captured_at
  const body: Record<string, unknown> = { provider_id: payment.provider_id, order_code: code, amount, paid }
  if (payment.provider_id === PAYMENT_PROVIDERS.vietqr && payment.data) {
    const bank = payment.data as { bank_bin: string; bank_name: string; account_number: string; account_name: string; is_sample?: boolean }
    body.vietqr = {
      payload: vietQrPayload({ bankBin: bank.bank_bin, accountNumber: bank.account_number, amount, purpose: code }),
      bank_bin: bank.bank_bin,
      bank_name: bank.bank_name,
      account_number: bank.account_number,
      account_name: bank.account_name,
      purpose: code,
      is_sample: bank.is_sample === true,
    }
  }
  res.json({ payment: body })
}
