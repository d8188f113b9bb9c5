import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { importChannelOrderWorkflow } from "../../../../../../workflows/import-channel-order"
import { channelsService } from "../../../../../../workflows/steps/resolve-channels"
import { validatedBody, validatedQuery } from "../../../../../utils/validation"
import { loadAccount } from "../../../load"
import { presentChannelOrder } from "../../../present"
import { AdminChannelOrdersParams, AdminImportChannelOrder } from "../../../validators"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "sales_channel_id",
  "currency_code",
  "total",
  "items.id",
  "items.variant_id",
  "items.variant_sku",
  "items.title",
  "items.quantity",
  "items.unit_price",
]

/** GET /admin/channels/accounts/:id/orders — imported and refused platform orders, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const params = validatedQuery(req, AdminChannelOrdersParams)
  const account = await loadAccount(req)
  const filters: { account_id: string; status?: string[] } = { account_id: account.id }
  if (params.status) filters.status = params.status
  const [orders, count] = await channelsService(req.scope).listAndCountChannelOrders(filters, {
    skip: params.offset,
    take: params.limit,
    order: { created_at: "DESC", id: "DESC" },
  })
  res.json({ channel_orders: orders.map(presentChannelOrder), count, offset: params.offset, limit: params.limit })
}

/**
 * POST /admin/channels/accounts/:id/orders — imports a platform order once:
 * 201 with the new Medusa order, 200 with the same order when it was
 * imported before, 400 for an unknown SKU (invalid_data) or short stock
 * (not_allowed, code insufficient_inventory).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = validatedBody(req, AdminImportChannelOrder)
  await loadAccount(req)
  const { result } = await importChannelOrderWorkflow(req.scope).run({ input: { ...body, account_id: req.params.id } })
  if (result.outcome === "rejected" && result.rejection) {
    // Medusa's own answer to a short cart: 400 not_allowed with code insufficient_inventory.
    throw result.rejection.code === "unknown_sku"
      ? new MedusaError(MedusaError.Types.INVALID_DATA, result.rejection.message)
      : new MedusaError(MedusaError.Types.NOT_ALLOWED, result.rejection.message, MedusaError.Codes.INSUFFICIENT_INVENTORY)
  }
  const [channelOrder] = await channelsService(req.scope).listChannelOrders({ id: result.channel_order_id ?? "" }, { take: 1 })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: result.order_id ?? "" } })
  res.status(result.outcome === "created" ? 201 : 200).json({
    outcome: result.outcome,
    channel_order: channelOrder ? presentChannelOrder(channelOrder) : null,
    order: data[0] ?? null,
    created: result.outcome === "created",
  })
}
