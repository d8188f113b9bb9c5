import { describe, expect, it } from "vitest"
import { FIRST_PULL_SECONDS, MAX_PULL_SECONDS, PULL_OVERLAP_SECONDS, pullWindow } from "../domain/pull-window"

const now = 1_790_000_000

describe("pullWindow", () => {
  it("reads three days back on an account's first pull", () => {
    const window = pullWindow(null, now)
    expect(window).toMatchObject({ from: now - FIRST_PULL_SECONDS, to: now })
    // Held when an order must be read again: the next pull starts at the same place.
    expect(pullWindow(window.retryCursor, now + 300).from).toBe(window.from)
  })

  it("starts an overlap before the last cursor", () => {
    const cursor = now - 300
    expect(pullWindow(cursor, now)).toEqual({ from: cursor - PULL_OVERLAP_SECONDS, to: now, retryCursor: cursor })
  })

  it("never reads further back than fifteen days", () => {
    expect(pullWindow(now - 90 * 86_400, now).from).toBe(now - MAX_PULL_SECONDS)
  })

  it("does not start in the future when the cursor is ahead of the clock", () => {
    expect(pullWindow(now + 3600, now).from).toBe(now - PULL_OVERLAP_SECONDS)
  })
})
