/** Read again from this long before the last cursor: an order changed just before a pull may reach the platform's index after it. */
export const PULL_OVERLAP_SECONDS = 10 * 60
/** The first pull of an account reads this far back (the CLI's `pull-orders` default is 3 days too). */
export const FIRST_PULL_SECONDS = 3 * 86_400
/** Never further back than this, however old the cursor (the backend was down, a pull kept failing). */
export const MAX_PULL_SECONDS = 15 * 86_400

/** Unix seconds: read [from, to]; `retryCursor` is stored when an order must be read again, so the next pull starts at `from`. */
export type PullWindow = { from: number; to: number; retryCursor: number }

/**
 * The window of an order pull, by time of last change: from the last cursor
 * minus an overlap (the import is idempotent, so reading an order twice is
 * harmless), or three days back for an account's first pull, never more than
 * fifteen days back.
 */
export function pullWindow(cursor: number | null, nowSeconds: number): PullWindow {
  const earliest = nowSeconds - MAX_PULL_SECONDS
  const wanted = cursor === null ? nowSeconds - FIRST_PULL_SECONDS : Math.min(cursor, nowSeconds) - PULL_OVERLAP_SECONDS
  const from = Math.max(earliest, wanted)
  return { from, to: nowSeconds, retryCursor: cursor === null ? from + PULL_OVERLAP_SECONDS : cursor }
}
