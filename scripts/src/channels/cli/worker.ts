import type { Platform } from "../core/errors"
import { runSyncCommand, type SyncDeps } from "./sync-command"

export type WorkerPlatform = { platform: Platform; deps: SyncDeps }

/**
 * One round of the sync worker: orders from every platform first (so stock
 * sold anywhere is deducted), then a push to every platform (so what is left
 * is offered everywhere). A push with nothing flagged makes no write call.
 */
export async function workerTick(platforms: WorkerPlatform[], days = 1): Promise<string[]> {
  const lines: string[] = []
  for (const action of ["pull-orders", "push"] as const) {
    for (const { platform, deps } of platforms) {
      try {
        const report = await runSyncCommand({ kind: "sync", platform, action, allowSample: false, days }, deps)
        lines.push(...report.lines.map((line) => `[${platform} ${action}] ${line}`))
      } catch (error) {
        // One platform down must not stop the others; the next round tries again.
        lines.push(`[${platform} ${action}] lỗi / failed: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  }
  return lines
}

/** `pnpm sync -- worker`: a round every `intervalMs` until the signal aborts. */
export async function runWorker(platforms: WorkerPlatform[], options: { intervalMs: number; signal: AbortSignal; print(line: string): void }): Promise<void> {
  while (!options.signal.aborted) {
    const started = Date.now()
    for (const line of await workerTick(platforms)) options.print(line)
    const wait = Math.max(0, options.intervalMs - (Date.now() - started))
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, wait)
      options.signal.addEventListener("abort", () => {
        clearTimeout(timer)
        resolve()
      }, { once: true })
    })
  }
}
