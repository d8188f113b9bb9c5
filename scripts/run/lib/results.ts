import fs from "node:fs"

export type SuiteResult = { suite: string; passed: number; failed: number; skipped: number; note?: string }

type VitestJson = {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  testResults: { status: string; message?: string; assertionResults: { status: string }[] }[]
}

type PlaywrightJson = {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number }
  errors?: { message?: string }[]
}

/**
 * Counts from vitest's JSON report. A file that fails before its tests run
 * (import error, failing beforeAll) reports its tests as skipped: count the
 * file itself as one failure so a broken suite can never look green.
 */
export function fromVitest(suite: string, report: VitestJson): SuiteResult {
  const brokenFiles = report.testResults.filter(
    (file) => file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed")
  ).length
  return {
    suite,
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
  }
}

/** Counts from Playwright's JSON report; errors outside tests (global setup, config) count as failures. */
export function fromPlaywright(suite: string, report: PlaywrightJson): SuiteResult {
  const outsideTests = report.errors?.length ?? 0
  return {
    suite,
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected + outsideTests,
    skipped: report.stats.skipped,
  }
}

/** Reads a JSON report; a suite that produced none crashed, which is one failure. */
export function readReport<T>(suite: string, file: string, parse: (suite: string, report: T) => SuiteResult): SuiteResult {
  try {
    return parse(suite, JSON.parse(fs.readFileSync(file, "utf8")) as T)
  } catch {
    return { suite, passed: 0, failed: 1, skipped: 0, note: "no report: the suite did not run to the end" }
  }
}

export function crashed(suite: string, reason: string): SuiteResult {
  return { suite, passed: 0, failed: 1, skipped: 0, note: reason }
}

/** The one plain line CI reads: "N passed, N failed" (", N skipped" when any were). */
export function totalsLine(results: SuiteResult[]): string {
  const sum = (key: "passed" | "failed" | "skipped") => results.reduce((total, result) => total + result[key], 0)
  const skipped = sum("skipped")
  return `${sum("passed")} passed, ${sum("failed")} failed${skipped ? `, ${skipped} skipped` : ""}`
}
