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
import { runSyncCommand, type SyncDeps } from "../src/channels/cli/sync-command"
import { runWorker } from "../src/channels/cli/worker"
import { systemClock } from "../src/channels/core/clock"
import { ChannelError, type Platform } from "../src/channels/core/errors"
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
  const base = { backend, clock: systemClock, ...(categoryTable ? { categoryTable } : {}) }
  const print = (line: string) => process.stdout.write(`${line}\n`)

  /** A platform's client and adapter from its environment variables, warning when its authorisation ends soon. */
  async function platformDeps(platform: Platform): Promise<SyncDeps> {
    if (platform === "shopee") {
      const config = shopeeConfigFromEnv(env, { tokenStore, clock: systemClock, logger })
      const client = new ShopeeClient(config)
      const warning = await client.authorisationWarning()
      if (warning) logger.warn(warning)
      return { ...base, adapter: shopeeAdapter(client), shopId: String(config.shopId) }
    }
    const config = lazadaConfigFromEnv(env, { tokenStore, clock: systemClock, logger })
    const client = new LazadaClient(config)
    const warning = await client.authorisationWarning()
    if (warning) logger.warn(warning.message)
    return { ...base, adapter: lazadaAdapter(client), shopId: config.sellerKey }
  }

  if (command.kind === "worker") {
    const configured = (["shopee", "lazada"] as const).filter((platform) => (platform === "shopee" ? env.SHOPEE_PARTNER_ID : env.LAZADA_APP_KEY))
    if (!configured.length) throw new UsageError("worker: chưa cấu hình kênh nào / no platform configured (SHOPEE_PARTNER_ID… or LAZADA_APP_KEY…)")
    const platforms = await Promise.all(configured.map(async (platform) => ({ platform, deps: await platformDeps(platform) })))
    const stop = new AbortController()
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stop.abort())
    logger.info(`worker: ${configured.join(", ")} every ${command.intervalSeconds} s`)
    await runWorker(platforms, { intervalMs: command.intervalSeconds * 1000, signal: stop.signal, print })
    return
  }

  const deps = await platformDeps(command.platform)
  const report = await runSyncCommand(command, { ...deps, progress: progressBar(`${command.platform} ${command.action}`) })
  for (const line of report.lines) print(line)
  if ((report.push?.failed ?? 0) > 0 || (report.imported?.failed ?? 0) > 0) process.exitCode = 1
}

main(process.argv.slice(2), process.env).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof BackendError) process.stderr.write(`${error.message}\n`)
  else if (error instanceof ChannelError) process.stderr.write(`Lỗi ${error.platform} / ${error.platform} error ${error.code}: ${error.message}${error.requestId ? ` [request_id ${error.requestId}]` : ""}\n`)
  else process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(process.exitCode && process.exitCode !== 0 ? process.exitCode : 1)
})
