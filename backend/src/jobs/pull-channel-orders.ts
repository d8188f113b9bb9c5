import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isConflict } from "../lib/channels/push-flagged-accounts"
import { pushReadiness } from "../modules/channels/domain/push-readiness"
import { pullChannelOrdersWorkflow } from "../workflows/pull-channel-orders"
import { channelsService } from "../workflows/steps/resolve-channels"

/**
 * Every 5 minutes: runs the pull-channel-orders workflow for every account
 * the backend can reach itself (sealed tokens, the platform's app
 * configured, not paused), one after another. Accounts without tokens are
 * left to `pnpm sync -- worker`. A pull still running elsewhere is skipped;
 * a failed pull is recorded as a run by the workflow and logged here.
 */
export default async function pullChannelOrdersJob(container: MedusaContainer): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = channelsService(container)
  const settings = service.platformSettings()
  const accounts = await service.listChannelAccounts({ platform: ["shopee", "lazada"], status: "active" }, { take: null })
  for (const account of accounts) {
    if (!pushReadiness(account, settings, service.canOpenTokens()).ready) continue
    try {
      const { result } = await pullChannelOrdersWorkflow(container).run({ input: { account_id: account.id } })
      const { status, read, created, failed, summary } = result.outcome
      if (status === "failed") logger.warn(`[channels] ${account.name}: order pull failed (${String(summary.error)})`)
      else if (read) logger.info(`[channels] ${account.name}: ${read} order(s) read, ${created} imported, ${failed} failed`)
    } catch (error) {
      if (isConflict(error)) {
        logger.info(`[channels] ${account.name}: an order pull is already running elsewhere`)
        continue
      }
      logger.warn(`[channels] ${account.name}: order pull failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

export const config = {
  name: "pull-channel-orders",
  schedule: "*/5 * * * *",
}
