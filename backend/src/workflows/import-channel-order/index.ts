import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createOrderWorkflow,
  createRemoteLinkStep,
  createReservationsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { isPlatform, PLATFORM_SALES_CHANNELS } from "../../modules/channels/domain/vocabulary"
import { loadChannelAccountStep } from "../steps/channel-account-steps"
import {
  planChannelOrderImportStep,
  planSalesChannelLocationLinksStep,
  writeChannelOrderStep,
  type ImportChannelOrderInput,
  type ImportPlan,
  type OrderRejection,
} from "../steps/channel-order-steps"
import { ensurePlatformSalesChannelWorkflow } from "../ensure-platform-sales-channel"
import { markChannelStockDirtyWorkflow } from "../mark-channel-stock-dirty"

export type ImportChannelOrderResult = {
  outcome: "created" | "existing" | "rejected"
  channel_order_id: string | null
  order_id: string | null
  rejection: OrderRejection | null
}

type OrderItemRow = { id: string; variant_id: string | null }

/** Line item id of each planned line: lines of the same variant take the order's items in turn. */
function reservationsFor(plan: ImportPlan, items: OrderItemRow[], externalOrderId: string) {
  const unused = [...items]
  return plan.lines.flatMap((line) => {
    const index = unused.findIndex((item) => item.variant_id === line.variant_id)
    const [item] = index >= 0 ? unused.splice(index, 1) : []
    return line.allocations.map((allocation) => ({
      line_item_id: item?.id,
      inventory_item_id: allocation.inventory_item_id,
      location_id: allocation.location_id,
      quantity: allocation.quantity,
      description: `Đơn sàn ${externalOrderId} (${line.sku})`,
    }))
  })
}

/**
 * Imports an order pulled from a marketplace, exactly once per (account,
 * external order id): an order imported before is returned as it is. A new
 * one becomes a Medusa order in the platform's sales channel (created when
 * missing) with its units reserved at the producer's locations, so the
 * storefront and the other channels stop offering them; the other listings'
 * desired stock is then recomputed. Unknown SKUs and orders larger than the
 * stock are refused and the refusal is recorded; nothing else is written and
 * stock never goes below zero. Every write is undone if a later step fails.
 */
export const importChannelOrderWorkflow = createWorkflow("import-channel-order", (input: ImportChannelOrderInput) => {
  const account = loadChannelAccountStep(input.account_id)
  const plan = planChannelOrderImportStep(input)

  const rejected = when("reject-channel-order", { plan }, ({ plan }) => plan.action === "reject").then(() =>
    writeChannelOrderStep(
      transform({ plan, input }, ({ plan, input }) => ({
        id: plan.existing?.id ?? null,
        account_id: input.account_id,
        external_order_id: input.external_order_id,
        values: { status: "rejected" as const, last_error: plan.rejection, details: plan.details, order_id: null },
      }))
    ).config({ name: "record-rejected-channel-order" })
  )

  const imported = when("import-channel-order", { plan }, ({ plan }) => plan.action === "import").then(() => {
    const claimed = writeChannelOrderStep(
      transform({ plan, input }, ({ plan, input }) => ({
        id: plan.existing?.id ?? null,
        account_id: input.account_id,
        external_order_id: input.external_order_id,
        values: { status: "pending" as const, last_error: null, details: plan.details },
      }))
    ).config({ name: "claim-channel-order" })

    const salesChannel = ensurePlatformSalesChannelWorkflow.runAsStep({
      input: transform({ account }, ({ account }) => ({
        name: isPlatform(account.platform) ? PLATFORM_SALES_CHANNELS[account.platform] : account.platform,
      })),
    })
    // Medusa checks order stock at the channel's locations: the platform's channel sells from the producers' warehouses.
    const links = planSalesChannelLocationLinksStep(
      transform({ salesChannel, plan }, ({ salesChannel, plan }) => ({
        sales_channel_id: salesChannel.id,
        location_ids: plan.location_ids,
      }))
    )
    createRemoteLinkStep(links)

    const order = createOrderWorkflow.runAsStep({
      input: transform({ plan, input, account, salesChannel }, ({ plan, input, account, salesChannel }) => {
        const address = input.shipping_address
        return {
          region_id: plan.region_id ?? undefined,
          sales_channel_id: salesChannel.id,
          currency_code: "vnd",
          status: "pending",
          email: input.buyer?.email,
          no_notification: true,
          shipping_address: address
            ? {
                first_name: address.full_name,
                phone: address.phone ?? input.buyer?.phone,
                address_1: address.address_1,
                address_2: [address.address_2, address.ward, address.district].filter(Boolean).join(", ") || undefined,
                city: address.city,
                province: address.province,
                postal_code: address.postal_code,
                country_code: "vn",
              }
            : undefined,
          items: plan.lines.map((line) => ({
            title: line.title,
            variant_id: line.variant_id,
            variant_sku: line.sku,
            variant_title: line.variant_title ?? undefined,
            product_id: line.product_id,
            quantity: line.quantity,
            unit_price: line.unit_price,
            // Marketplace prices include VAT; saying so also spares a price calculation.
            is_tax_inclusive: true,
          })),
          metadata: {
            channel: {
              platform: account.platform,
              account_id: account.id,
              external_order_id: input.external_order_id,
              placed_at: input.placed_at ?? null,
              buyer_name: input.buyer?.name ?? null,
            },
          },
        }
      }),
    })

    const { data: orderRows } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "items.id", "items.variant_id"],
      filters: transform({ order }, ({ order }) => ({ id: order.id })),
    }).config({ name: "query-imported-order-items" })
    createReservationsWorkflow.runAsStep({
      input: transform({ plan, orderRows, input }, ({ plan, orderRows, input }) => {
        const rows = orderRows as { items?: (OrderItemRow | null)[] | null }[]
        const items = (rows[0]?.items ?? []).filter((item): item is OrderItemRow => !!item)
        return { reservations: reservationsFor(plan, items, input.external_order_id) }
      }),
    })

    const finished = writeChannelOrderStep(
      transform({ claimed, order, input }, ({ claimed, order, input }) => ({
        id: claimed.id,
        account_id: input.account_id,
        external_order_id: input.external_order_id,
        values: { status: "imported" as const, order_id: order.id, imported_at: new Date() },
      }))
    ).config({ name: "finish-channel-order" })

    markChannelStockDirtyWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({ variant_ids: plan.variant_ids })),
    })
    return finished
  })

  return new WorkflowResponse(
    transform({ plan, rejected, imported }, ({ plan, rejected, imported }): ImportChannelOrderResult => {
      if (plan.action === "existing") {
        return { outcome: "existing", channel_order_id: plan.existing?.id ?? null, order_id: plan.existing?.order_id ?? null, rejection: null }
      }
      if (plan.action === "reject") {
        return { outcome: "rejected", channel_order_id: rejected?.id ?? null, order_id: null, rejection: plan.rejection }
      }
      return { outcome: "created", channel_order_id: imported?.id ?? null, order_id: imported?.order_id ?? null, rejection: null }
    })
  )
})
