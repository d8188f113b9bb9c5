import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import { findSalesChannelByNameStep } from "../steps/channel-order-steps"

/**
 * The Medusa sales channel a marketplace's orders are placed in ("Shopee",
 * "Lazada", …), found by name or created by the core workflow the first time.
 */
export const ensurePlatformSalesChannelWorkflow = createWorkflow(
  "ensure-platform-sales-channel",
  (input: { name: string }) => {
    const found = findSalesChannelByNameStep(input.name)
    const created = when({ found }, ({ found }) => !found).then(() =>
      createSalesChannelsWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          salesChannelsData: [{ name: input.name, description: `Đơn hàng từ sàn ${input.name} / Orders from ${input.name}` }],
        })),
      })
    )
    return new WorkflowResponse(
      transform({ found, created }, ({ found, created }) => ({ id: found?.id ?? created?.[0]?.id ?? "" }))
    )
  }
)
