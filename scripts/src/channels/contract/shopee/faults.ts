import { normalisePath } from "./state"

/**
 * Faults a test queues for a path; each call to the path takes the next one.
 * - `http`: that HTTP status (e.g. 429, 503) with an error envelope.
 * - `error`: an error envelope such as error_system_busy (HTTP 200 unless `status`).
 * - `timeout`: hold the request `delayMs` (longer than the client's timeout),
 *   then drop it; with `apply` the request is processed anyway and answered
 *   late (the "did my write land?" case).
 * - `partial_failure`: update_price / update_stock fail the listed models
 *   (default: the first in the request) in `failure_list`, apply the others.
 * - `raw`: any status and non-JSON body (e.g. a gateway's HTML 502).
 */
export type ShopeeFault =
  | { kind: "http"; status: number; error?: string; message?: string }
  | { kind: "error"; error: string; message?: string; status?: number }
  | { kind: "timeout"; delayMs: number; apply?: boolean }
  | { kind: "partial_failure"; modelIds?: number[]; reason?: string }
  | { kind: "raw"; status: number; body: string }

export class ShopeeFaults {
  private readonly queues = new Map<string, ShopeeFault[]>()

  /** Queue faults for `path` ("product/update_stock" or the full "/api/v2/..." path). */
  push(path: string, ...faults: ShopeeFault[]): void {
    const key = normalisePath(path)
    const queue = this.queues.get(key) ?? []
    queue.push(...faults)
    this.queues.set(key, queue)
  }

  take(path: string): ShopeeFault | null {
    return this.queues.get(normalisePath(path))?.shift() ?? null
  }

  pending(path?: string): number {
    if (path) return this.queues.get(normalisePath(path))?.length ?? 0
    let total = 0
    for (const queue of this.queues.values()) total += queue.length
    return total
  }

  clear(): void {
    this.queues.clear()
  }
}
