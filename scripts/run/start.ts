/**
 * `pnpm start`: the whole marketplace on one machine from npm alone.
 * Embedded PostgreSQL (unless DATABASE_URL is set) → build if sources changed
 * → migrate if the schema changed → seed an empty database → backend on :9000
 * (admin at /app) → storefront on :8000. Ctrl-C stops everything.
 */
import path from "node:path"
import { buildBackend, createAdminUser, linkUploads, migrate, migrationFingerprint, seed } from "./lib/backend"
import { databaseKey, ensureDatabase, hasUser, isSeeded, readPublishableKey } from "./lib/database"
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./lib/embedded-postgres"
import { isPortFree, waitForHttp } from "./lib/http"
import { elapsed, say, warn } from "./lib/log"
import { BACKEND_SERVER, bin, DATA, LOGS, STOREFRONT } from "./lib/paths"
import { killAllNow, spawnManaged, stopAll, tailOf, type Managed } from "./lib/processes"
import { loadOrCreateSecrets } from "./lib/secrets"
import { RunState } from "./lib/state"
import { buildStorefront } from "./lib/storefront"

const PUBLISHABLE_KEY_TITLE = "Storefront OCOP Cao Bằng"

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]
  if (!raw) return fallback
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    warn(`${name} must be a port number between 1 and 65535`)
    process.exit(1)
  }
  return port
}

const backendPort = portFromEnv("BACKEND_PORT", 9000)
const storefrontPort = portFromEnv("STOREFRONT_PORT", 8000)
const embeddedPort = portFromEnv("EMBEDDED_PG_PORT", 54320)
const backendUrl = `http://localhost:${backendPort}`
const storefrontUrl = `http://localhost:${storefrontPort}`
const logs = {
  postgres: path.join(LOGS, "postgres.log"),
  build: path.join(LOGS, "build.log"),
  setup: path.join(LOGS, "setup.log"),
  backend: path.join(LOGS, "backend.log"),
  storefront: path.join(LOGS, "storefront.log"),
}

let embedded: EmbeddedDatabase | undefined
let shuttingDown = false

async function shutdown(code: number): Promise<never> {
  if (shuttingDown) process.exit(code)
  shuttingDown = true
  say("stopping…")
  await stopAll()
  if (embedded) await embedded.stop()
  say("stopped")
  process.exit(code)
}

process.on("SIGINT", () => void shutdown(0))
process.on("SIGTERM", () => void shutdown(0))
process.on("SIGHUP", () => void shutdown(0))
process.on("exit", killAllNow)
// `pnpm start` does not pass SIGTERM on to its script: when pnpm is killed
// this process is re-parented, which is the cue to stop everything too.
const launcher = process.ppid
setInterval(() => {
  if (process.ppid !== launcher) void shutdown(0)
}, 1000).unref()

async function main(): Promise<void> {
  const startedAt = Date.now()
  for (const [name, port] of [
    ["BACKEND_PORT", backendPort],
    ["STOREFRONT_PORT", storefrontPort],
  ] as const) {
    if (!(await isPortFree(port))) {
      throw new Error(`port ${port} is already in use: stop the program using it or set ${name}`)
    }
  }

  const secrets = loadOrCreateSecrets(DATA)
  let databaseUrl = process.env.DATABASE_URL
  if (databaseUrl) {
    say(`using the database from DATABASE_URL (${databaseKey(databaseUrl)})`)
  } else {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(DATA, "postgres"),
      port: embeddedPort,
      password: secrets.postgresPassword,
      logFile: logs.postgres,
      persistent: true,
    })
    databaseUrl = embedded.url("ocop")
    say(`embedded PostgreSQL is running on port ${embeddedPort}`)
  }
  const created = await ensureDatabase(databaseUrl)
  if (created) say("created the database")

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    JWT_SECRET: process.env.JWT_SECRET ?? secrets.jwtSecret,
    COOKIE_SECRET: process.env.COOKIE_SECRET ?? secrets.cookieSecret,
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL ?? backendUrl,
    STORE_CORS: process.env.STORE_CORS ?? storefrontUrl,
    ADMIN_CORS: process.env.ADMIN_CORS ?? backendUrl,
    AUTH_CORS: process.env.AUTH_CORS ?? `${backendUrl},${storefrontUrl}`,
    STOREFRONT_URL: storefrontUrl,
    // Served over plain http://localhost: a Secure session cookie would never be stored.
    COOKIE_SECURE: process.env.COOKIE_SECURE ?? "false",
    REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? secrets.revalidateSecret,
    MEDUSA_DISABLE_TELEMETRY: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  }

  const storefrontBuild = buildStorefront(env, logs.build)
  await buildBackend(env, logs.build)
  linkUploads(path.join(DATA, "uploads"))

  const state = new RunState(DATA)
  const schema = migrationFingerprint()
  const key = databaseKey(databaseUrl)
  if (created || state.migratedWith(key) !== schema) {
    await migrate(BACKEND_SERVER, env, logs.setup)
    state.recordMigration(key, schema)
  }
  const seededNow = !(await isSeeded(databaseUrl))
  if (seededNow) await seed(BACKEND_SERVER, env, logs.setup)
  if (!(await hasUser(databaseUrl, secrets.adminEmail))) {
    await createAdminUser(BACKEND_SERVER, env, logs.setup, { email: secrets.adminEmail, password: secrets.adminPassword })
  }

  say("starting the backend…")
  const backend = spawnManaged("backend", bin.medusa, ["start", "-p", String(backendPort)], {
    cwd: BACKEND_SERVER,
    env,
    output: logs.backend,
  })
  watch(backend, logs.backend)
  await waitForHttp(`${backendUrl}/health`, 120_000, () => backend.child.exitCode === null)

  await storefrontBuild
  const publishableKey = await readPublishableKey(databaseUrl, PUBLISHABLE_KEY_TITLE)
  say("starting the storefront…")
  const storefront = spawnManaged("storefront", bin.next, ["start", "-p", String(storefrontPort)], {
    cwd: STOREFRONT,
    env: { ...env, MEDUSA_BACKEND_URL: env.MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY: publishableKey },
    output: logs.storefront,
  })
  watch(storefront, logs.storefront)
  // A new catalogue (a reset database) is written by a script, whose events
  // never reach the storefront: drop pages cached from the previous one.
  if (seededNow) await purgeStorefrontCache(storefrontUrl, env.REVALIDATE_SECRET ?? "", () => storefront.child.exitCode === null)
  // Rendering both home pages once fills the page cache for the first visitors.
  await waitForHttp(`${storefrontUrl}/vi`, 120_000, () => storefront.child.exitCode === null)
  await waitForHttp(`${storefrontUrl}/en`, 60_000, () => storefront.child.exitCode === null)

  const lines = [
    "",
    `OCOP Marketplace is ready (${elapsed(startedAt)})`,
    `  Storefront: ${storefrontUrl}/vi   (English: ${storefrontUrl}/en)`,
    `  Backend:    ${backendUrl}   (admin dashboard: ${backendUrl}/app)`,
    `  Admin: ${secrets.adminEmail} / password: ${secrets.adminPassword}`,
    `  Database:   ${embedded ? `embedded PostgreSQL, data in .data/postgres (port ${embeddedPort})` : key}`,
    `  Logs:       .data/logs/`,
    "Press Ctrl-C to stop.",
    "",
  ]
  process.stdout.write(`${lines.join("\n")}\n`)
}

async function purgeStorefrontCache(storefrontUrl: string, secret: string, alive: () => boolean): Promise<void> {
  await waitForHttp(`${storefrontUrl}/robots.txt`, 120_000, alive)
  const response = await fetch(`${storefrontUrl}/api/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-revalidate-secret": secret },
    body: JSON.stringify({ tags: ["products", "producers", "regions"] }),
  })
  if (!response.ok) warn(`could not purge the storefront's cached pages (HTTP ${response.status})`)
}

function watch(managed: Managed, logFile: string): void {
  void managed.exited.then((code) => {
    if (shuttingDown) return
    warn(`${managed.name} stopped unexpectedly (exit ${code}); last lines of ${path.relative(process.cwd(), logFile)}:`)
    warn(tailOf(logFile, 15))
    void shutdown(1)
  })
}

main().catch((error: unknown) => {
  warn(error instanceof Error ? error.message : String(error))
  void shutdown(1)
})

