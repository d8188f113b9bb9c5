import type { Clock } from "./clock"

/**
 * Per-shop limiter: at most `concurrency` calls in flight and at least
 * `minIntervalMs` between call starts, per key. Neither platform publishes a
 * product-API quota we can rely on (Lazada: 50 calls/s per seller on
 * inventory), so the defaults stay well below it.
 */
export class RateLimiter {
  private readonly lanes = new Map<string, { active: number; lastStart: number; queue: Array<() => void> }>()

  constructor(
    private readonly clock: Clock,
    private readonly concurrency = 2,
    private readonly minIntervalMs = 50,
  ) {}

  async run<T>(key: string, call: () => Promise<T>): Promise<T> {
    const lane = this.lane(key)
    if (lane.active >= this.concurrency) {
      await new Promise<void>((resolve) => lane.queue.push(resolve))
    }
    lane.active += 1
    const wait = lane.lastStart + this.minIntervalMs - this.clock.nowMs()
    if (wait > 0) await this.clock.sleep(wait)
    lane.lastStart = this.clock.nowMs()
    try {
      return await call()
    } finally {
      lane.active -= 1
      lane.queue.shift()?.()
    }
  }

  private lane(key: string) {
    let lane = this.lanes.get(key)
    if (!lane) {
      lane = { active: 0, lastStart: Number.NEGATIVE_INFINITY, queue: [] }
      this.lanes.set(key, lane)
    }
    return lane
  }
}
