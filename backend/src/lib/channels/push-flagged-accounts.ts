import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { pushReadiness } from "../../modules/channels/domain/push-readiness"
import { pushChannelListingsWorkflow } from "../../workflows/push-channel-listings"
import { channelsService } from "../../workflows/steps/resolve-channels"
import { PushCoalescer } from "./push-coalescer"

const coalescer = new PushCoalescer()
/** Accounts already told they are left to the CLI, so a busy shop's log is not one line per order. */
const toldSkipped = new Map<string, string>()

/** Account ids among ledger rows that now need a push. */
export function accountsNeedingPush(rows: { account_id: string; needs_push: boolean }[]): string[] {
  return [...new Set(rows.filter((row) => row.needs_push).map((row) => row.account_id))]
}

/** The workflow engine may hand back a copy of the error: compare its type, not its class. */
export function isConflict(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { type?: unknown }).type === MedusaError.Types.CONFLICT
}

/**
 * After events or the reconcile job flagged listings: pushes, from the
 * backend, every account (of `accountIds`, or all) that has listings waiting
 * and can be pushed here (sealed tokens, app configured). Others are left to
 * the channel CLI with one log line. One push per account at a time: a
 * trigger during a push asks for one more afterwards; a push running in
 * another process makes this one give way, its rows wait for the next.
 * Never throws: a failed push is recorded as a run and logged.
 */
export async function pushFlaggedAccounts(container: MedusaContainer, accountIds?: string[]): Promise<void> {
  if (accountIds && !accountIds.length) return
  const service = channelsService(container)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const accounts = await service.listChannelAccounts(
    { platform: ["shopee", "lazada"], ...(accountIds ? { id: accountIds } : {}) },
    { take: null }
  )
  if (!accounts.length) return
  const waiting = new Map((await service.countListingsByAccount(accounts.map((account) => account.id))).map((row) => [row.account_id, row.needs_push]))
  const settings = service.platformSettings()
  const pushes = accounts.flatMap((account) => {
    if (!waiting.get(account.id)) return []
    const readiness = pushReadiness(account, settings, service.canOpenTokens())
    if (!readiness.ready) {
      if (toldSkipped.get(account.id) !== readiness.reason) {
        toldSkipped.set(account.id, readiness.reason)
        logger.info(`[channels] ${account.name}: not pushed by the backend (${readiness.reason})`)
      }
      return []
    }
    toldSkipped.delete(account.id)
    return [
      coalescer.run(account.id, async () => {
        try {
          const { result } = await pushChannelListingsWorkflow(container).run({ input: { account_id: account.id, scope: "flagged" } })
          const { counts, status, summary, planned } = result.outcome
          if (status === "succeeded" && planned === 0) return
          logger.info(
            `[channels] ${account.name}: push ${status}, ${counts.created} created, ${counts.updated} updated, ${counts.failed} failed${
              typeof summary.error === "string" ? ` (${summary.error})` : ""
            }`
          )
        } catch (error) {
          if (isConflict(error)) {
            logger.info(`[channels] ${account.name}: a push is already running elsewhere; flagged listings wait for the next one`)
            return
          }
          logger.warn(`[channels] ${account.name}: push failed: ${error instanceof Error ? error.message : String(error)}`)
        }
      }),
    ]
  })
  await Promise.all(pushes)
}
