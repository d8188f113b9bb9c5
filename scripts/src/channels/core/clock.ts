/** Time source, injectable so tests can move time (token expiry, timestamp windows, backoff). */
export type Clock = {
  nowMs(): number
  sleep(ms: number): Promise<void>
}

export const systemClock: Clock = {
  nowMs: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

/** A clock for tests: sleeping advances time at once. */
export function manualClock(startMs: number): Clock & { advance(ms: number): void; slept: number[] } {
  let now = startMs
  const slept: number[] = []
  return {
    nowMs: () => now,
    sleep: async (ms) => {
      slept.push(ms)
      now += ms
    },
    advance: (ms) => {
      now += ms
    },
    slept,
  }
}
