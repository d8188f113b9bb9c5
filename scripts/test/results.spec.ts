import { describe, expect, it } from "vitest"
import { fromPlaywright, fromVitest, totalsLine } from "../run/lib/results"

const file = (status: string, tests: string[]) => ({ status, assertionResults: tests.map((s) => ({ status: s })) })

describe("fromVitest", () => {
  it("counts passed, failed and skipped tests", () => {
    const result = fromVitest("unit", {
      numPassedTests: 5,
      numFailedTests: 1,
      numPendingTests: 2,
      numTodoTests: 1,
      testResults: [file("failed", ["passed", "failed"]), file("passed", ["passed"])],
    })
    expect(result).toEqual({ suite: "unit", passed: 5, failed: 1, skipped: 3 })
  })

  it("counts a file that broke before its tests ran as a failure", () => {
    const result = fromVitest("integration", {
      numPassedTests: 0,
      numFailedTests: 0,
      numPendingTests: 4,
      numTodoTests: 0,
      testResults: [file("failed", ["skipped", "skipped", "skipped", "skipped"])],
    })
    expect(result.failed).toBe(1)
  })
})

describe("fromPlaywright", () => {
  it("maps expected, unexpected and skipped", () => {
    expect(fromPlaywright("e2e", { stats: { expected: 3, unexpected: 1, flaky: 0, skipped: 1 } })).toEqual({
      suite: "e2e",
      passed: 3,
      failed: 1,
      skipped: 1,
    })
  })

  it("counts errors outside tests as failures", () => {
    const result = fromPlaywright("e2e", {
      stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 },
      errors: [{ message: "Chromium not found" }],
    })
    expect(result.failed).toBe(1)
  })
})

describe("totalsLine", () => {
  it("prints the plain totals line, with skipped only when there are any", () => {
    const results = [
      { suite: "a", passed: 10, failed: 0, skipped: 0 },
      { suite: "b", passed: 4, failed: 1, skipped: 0 },
    ]
    expect(totalsLine(results)).toBe("14 passed, 1 failed")
    expect(totalsLine([...results, { suite: "c", passed: 0, failed: 0, skipped: 2 }])).toBe(
      "14 passed, 1 failed, 2 skipped"
    )
  })
})
