import { randomUUID } from "node:crypto"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type AccountLock = { key: string; ownerId: string }

type LockSpec = {
  /** "push" or "pull": names the steps and the lock key `channel-<activity>:<account>`. */
  activity: string
  /** A run longer than this is presumed dead and its lock lapses. */
  ttlSeconds: number
  /** The 409's message, Vietnamese first. */
  busyMessage: string
}

/**
 * One run of an activity per channel account at a time, across processes
 * (the locking module is Redis-backed in the scaled footprint). A second run
 * does not queue: it is refused with 409. The lock is released by the last
 * step, or by compensation when a later step fails.
 */
export function accountLockSteps({ activity, ttlSeconds, busyMessage }: LockSpec) {
  const acquire = createStep(
    `acquire-channel-${activity}-lock`,
    async (accountId: string, { container }) => {
      const lock: AccountLock = { key: `channel-${activity}:${accountId}`, ownerId: randomUUID() }
      try {
        await container.resolve(Modules.LOCKING).acquire(lock.key, { ownerId: lock.ownerId, expire: ttlSeconds })
      } catch {
        throw new MedusaError(MedusaError.Types.CONFLICT, busyMessage)
      }
      return new StepResponse(lock, lock)
    },
    async (lock, { container }) => {
      if (lock) await container.resolve(Modules.LOCKING).release(lock.key, { ownerId: lock.ownerId })
    }
  )
  const release = createStep(`release-channel-${activity}-lock`, async (lock: AccountLock, { container }) => {
    await container.resolve(Modules.LOCKING).release(lock.key, { ownerId: lock.ownerId })
    return new StepResponse(undefined)
  })
  return { acquire, release }
}
