/**
 * `pnpm sync -- <shopee|lazada> <dry-run|push|pull-orders|reconcile>` and
 * `pnpm sync -- export <format> --out <path>`: the channel sync CLI. It reads
 * and records through the backend's admin API (MEDUSA_BACKEND_URL,
 * MEDUSA_ADMIN_API_KEY) and talks to the platforms with the real clients;
 * refreshed tokens are kept in CHANNEL_TOKEN_FILE (default
 * .data/channels/tokens.json, mode 600) because refresh tokens are single use.
 */
import path from "node:path"
import { parseArgs, USAGE, UsageError } from "../src/channels/cli/args"
import { exportSummaryLines, runExport } from "../src/channels/cli/export-command"
import { progressBar } from "../src/channels/cli/progress"
import { runSyncCommand } from "../src/channels/cli/sync-command"
import { systemClock } from "../src/channels/core/clock"
import { ChannelError } from "../src/channels/core/errors"
import type { ChannelLogger } from "../src/channels/core/redact"
import { fileTokenStore } from "../src/channels/core/token-store"
import { loadCategoryTable } from "../src/channels/mapping"
import { LazadaClient, lazadaConfigFromEnv } from "../src/channels/lazada"
import { ShopeeClient, shopeeConfigFromEnv } from "../src/channels/shopee"
import { BackendApi, BackendError } from "../src/channels/sync/backend-api"
import { lazadaAdapter } from "../src/channels/sync/lazada-adapter"
import { shopeeAdapter } from "../src/channels/sync/shopee-adapter"
import { ROOT } from "./lib/paths"

const logger: ChannelLogger = {
  info: (message) => process.stderr.write(`${message}\n`),
  warn: (message) => process.stderr.write(`CẢNH BÁO / WARNING: ${message}\n`),
}

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const command = parseArgs(argv)
  if (command.kind === "help") {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const backend = BackendApi.fromEnv(env)
  const categoryTable = env.CHANNEL_CATEGORY_MAP ? loadCategoryTable(env.CHANNEL_CATEGORY_MAP) : undefined
  if (command.kind === "export") {
    const products = await backend.catalogue()
    for (const line of exportSummaryLines(await runExport(command, products, categoryTable))) process.stdout.write(`${line}\n`)
    return
  }
  const tokenStore = fileTokenStore(env.CHANNEL_TOKEN_FILE ?? path.join(ROOT, ".data", "channels", "tokens.json"))
  const clock = systemClock
  let shopId: string
  let adapter
  if (command.platform === "shopee") {
    const config = shopeeConfigFromEnv(env, { tokenStore, clock, logger })
    const client = new ShopeeClient(config)
    const warning = await client.authorisationWarning()
    if (warning) logger.warn(warning)
    shopId = String(config.shopId)
    adapter = shopeeAdapter(client)
  } else {
    const config = lazadaConfigFromEnv(env, { tokenStore, clock, logger })
    const client = new LazadaClient(config)
    const warning = await client.authorisationWarning()
    if (warning) logger.warn(warning.message)
    shopId = config.sellerKey
    adapter = lazadaAdapter(client)
  }
  const report = await runSyncCommand(command, { backend, adapter, shopId, clock, ...(categoryTable ? { categoryTable } : {}), print: (line) => process.stdout.write(`${line}\n`), progress: progressBar(`${command.platform} ${command.action}`) })
  for (const line of report.lines) process.stdout.write(`${line}\n`)
  if ((report.push?.failed ?? 0) > 0 || (report.imported?.failed ?? 0) > 0) process.exitCode = 1
}

main(process.argv.slice(2), process.env).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof BackendError) process.stderr.write(`${error.message}\n`)
  else if (error instanceof ChannelError) process.stderr.write(`Lỗi ${error.platform} / ${error.platform} error ${error.code}: ${error.message}${error.requestId ? ` [request_id ${error.requestId}]` : ""}\n`)
  else process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(process.exitCode && process.exitCode !== 0 ? process.exitCode : 1)
})
