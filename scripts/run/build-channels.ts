/**
 * `pnpm --filter @ocop/scripts build:channels`: builds scripts/dist (the
 * channel package the backend imports). `--no-types` skips the declarations
 * (what a running backend needs is only the bundle).
 */
import { buildChannelsPackage } from "./lib/channels-build"

buildChannelsPackage({ declarations: !process.argv.includes("--no-types") }).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
