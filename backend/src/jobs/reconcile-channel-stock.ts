import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pushFlaggedAccounts } from "../lib/channels/push-flagged-accounts"
import { markChannelStockDirtyWorkflow } from "../workflows/mark-channel-stock-dirty"
import { channelsService } from "../workflows/steps/resolve-channels"

const PAGE = 200

/**
 * Every 15 minutes: recomputes the desired stock of every listed variant, in
 * case an inventory or order event was missed. It only runs the
 * mark-channel-stock-dirty workflow, a page of variants at a time; listings
 * already right are not written. Then every account the backend can push
 * that has listings waiting is pushed.
 */
export default async function reconcileChannelStockJob(container: MedusaContainer): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = channelsService(container)
  let updated = 0
  let seen = 0
  for (let skip = 0; ; skip += PAGE) {
    const listings = await service.listChannelListings({}, { select: ["variant_id"], skip, take: PAGE, order: { id: "ASC" } })
    if (!listings.length) break
    seen += listings.length
    const { result } = await markChannelStockDirtyWorkflow(container).run({
      input: { variant_ids: [...new Set(listings.map((listing) => listing.variant_id))] },
    })
    updated += result.length
    if (listings.length < PAGE) break
  }
  if (updated) logger.info(`[channels] stock reconciliation: ${updated} of ${seen} listings changed`)
  // Whatever still waits (missed events, failed or refused pushes, a push that gave way) goes now.
  await pushFlaggedAccounts(container)
}

export const config = {
  name: "reconcile-channel-stock",
  schedule: "*/15 * * * *",
}
