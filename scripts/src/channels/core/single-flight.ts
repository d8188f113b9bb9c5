/**
 * One in-flight call per key: concurrent callers share its promise. Used so
 * a shop's single-use refresh token is spent by exactly one refresh.
 */
export class SingleFlight<T> {
  private readonly inFlight = new Map<string, Promise<T>>()

  run(key: string, call: () => Promise<T>): Promise<T> {
    const current = this.inFlight.get(key)
    if (current) return current
    const started = call().finally(() => this.inFlight.delete(key))
    this.inFlight.set(key, started)
    return started
  }
}
