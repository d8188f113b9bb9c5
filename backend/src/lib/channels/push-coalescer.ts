/**
 * Per key, one task at a time in this process: a trigger while the task runs
 * does not start a second one but asks for exactly one more run after it,
 * however many triggers came. Callers share the promise of the whole round.
 * Keeps a burst of stock events (an order: reservation, level, order events)
 * to one or two pushes of an account instead of one each.
 */
export class PushCoalescer {
  private readonly running = new Map<string, Promise<void>>()
  private readonly again = new Set<string>()

  run(key: string, task: () => Promise<void>): Promise<void> {
    const current = this.running.get(key)
    if (current) {
      this.again.add(key)
      return current
    }
    const round = (async () => {
      try {
        do {
          this.again.delete(key)
          await task()
        } while (this.again.has(key))
      } finally {
        this.again.delete(key)
        this.running.delete(key)
      }
    })()
    this.running.set(key, round)
    return round
  }

  /** Whether a task for `key` is running (tests, logs). */
  busy(key: string): boolean {
    return this.running.has(key)
  }
}
