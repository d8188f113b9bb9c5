import fs from "node:fs"
import path from "node:path"
import { fingerprint, readMark, writeMark } from "./fingerprint"
import { elapsed, say } from "./log"
import { bin, STOREFRONT } from "./paths"
import { runToEnd } from "./processes"

const SOURCES = ["src", "public", "next.config.ts", "package.json", "tsconfig.json", "postcss.config.mjs"].map(
  (entry) => path.join(STOREFRONT, entry)
)

/**
 * Builds the storefront unless the last build is current. The build needs no
 * backend: catalogue pages render on first visit and are then cached.
 */
export async function buildStorefront(env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  const mark = path.join(STOREFRONT, ".next", ".ocop-build")
  const current = fingerprint(SOURCES)
  if (readMark(mark) === current && fs.existsSync(path.join(STOREFRONT, ".next", "BUILD_ID"))) {
    say("storefront build is up to date")
    return
  }
  const startedAt = Date.now()
  say("building the storefront…")
  await runToEnd("next build", bin.next, ["build"], {
    cwd: STOREFRONT,
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
    output: logFile,
  })
  writeMark(mark, current)
  say(`storefront built in ${elapsed(startedAt)}`)
}
