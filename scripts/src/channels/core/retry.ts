import type { Clock } from "./clock"
import { ChannelError } from "./errors"

export type RetryPolicy = {
  /** Total attempts including the first. */
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8_000 }

/**
 * Runs `call` again after exponential backoff (with full jitter) while it
 * throws a retryable ChannelError. `minDelayMs` on the error (e.g. Lazada's
 * one-second ApiCallLimit ban) is respected.
 */
export async function withRetry<T>(call: (attempt: number) => Promise<T>, clock: Clock, policy: RetryPolicy = DEFAULT_RETRY, random: () => number = Math.random): Promise<T> {
  let attempt = 0
  for (;;) {
    attempt += 1
    try {
      return await call(attempt)
    } catch (error) {
      if (!(error instanceof ChannelError) || !error.retryable || attempt >= policy.attempts) throw error
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
      const floor = retryFloorMs(error)
      await clock.sleep(Math.max(floor, Math.round(ceiling / 2 + (random() * ceiling) / 2)))
    }
  }
}

function retryFloorMs(error: ChannelError): number {
  if (error.platform === "lazada" && error.code === "ApiCallLimit") return 1_000
  return 0
}
