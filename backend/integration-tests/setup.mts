import { createRequire } from "node:module"

const require = createRequire(import.meta.url)

// Medusa loads medusa-config.ts, modules, links and routes with require():
// teach require() TypeScript for the test process.
require("ts-node").register({ transpileOnly: true, swc: true })

process.env.MEDUSA_DISABLE_TELEMETRY = "true"
