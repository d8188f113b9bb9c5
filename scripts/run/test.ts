/**
 * `pnpm test`: every suite, then one plain totals line.
 *   1. unit (vitest): scripts, backend, storefront
 *   2. backend integration (Medusa's runner over HTTP, real PostgreSQL)
 *   3. storefront end-to-end (Playwright + Debian Chromium against a seeded backend)
 * PostgreSQL: DB_HOST/DB_USERNAME/DB_PASSWORD/DB_PORT or DATABASE_URL when set,
 * otherwise an embedded server started (and removed) for this run.
 */
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { createAdminUser, migrate, seed } from "./lib/backend"
import { buildChannelsPackage } from "./lib/channels-build"
import { dropDatabase, ensureDatabase, readPublishableKey } from "./lib/database"
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./lib/embedded-postgres"
import { freePort, waitForHttp } from "./lib/http"
import { elapsed, say, warn } from "./lib/log"
import { BACKEND, bin, DATA, ROOT, STOREFRONT } from "./lib/paths"
import { killAllNow, runToEnd, spawnManaged, stopAll, tailOf } from "./lib/processes"
import { crashed, fromPlaywright, fromVitest, readReport, totalsLine, type SuiteResult } from "./lib/results"
import { buildStorefront } from "./lib/storefront"

const RESULTS = path.join(DATA, "test-results")
const results: SuiteResult[] = []
let embedded: EmbeddedDatabase | undefined

type Server = { host: string; port: number; user: string; password: string }

process.on("exit", killAllNow)
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void cleanUp().then(() => process.exit(130))
  })
}

async function cleanUp(): Promise<void> {
  await stopAll()
  if (embedded) await embedded.stop()
  embedded = undefined
}

function report(name: string): string {
  return path.join(RESULTS, `${name}.json`)
}

async function vitest(suite: string, cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  say(`── ${suite} ──`)
  const output = report(suite)
  fs.rmSync(output, { force: true })
  await runToEnd(suite, bin.vitest(cwd), ["run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${output}`], {
    cwd,
    env,
    output: "inherit",
  }).catch(() => undefined)
  results.push(readReport(suite, output, fromVitest))
}

/** Which PostgreSQL server the database suites use. */
async function resolveServer(): Promise<Server> {
  const { DB_HOST, DB_USERNAME, DB_PASSWORD, DB_PORT, DATABASE_URL } = process.env
  if (DB_HOST) {
    return { host: DB_HOST, port: Number(DB_PORT ?? 5432), user: DB_USERNAME ?? "postgres", password: DB_PASSWORD ?? "" }
  }
  if (DATABASE_URL) {
    const url = new URL(DATABASE_URL)
    return {
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username || "postgres"),
      password: decodeURIComponent(url.password),
    }
  }
  const port = await freePort()
  embedded = await startEmbeddedPostgres({
    dataDir: path.join(DATA, `test-postgres-${process.pid}`),
    port,
    password: crypto.randomBytes(12).toString("hex"),
    logFile: path.join(RESULTS, "postgres.log"),
    persistent: false,
  })
  say(`embedded PostgreSQL for tests on port ${port}`)
  return { host: embedded.host, port, user: embedded.user, password: embedded.password }
}

/** Medusa's test runner forces SSL unless the host says "localhost". */
function runnerHost(host: string): string {
  return host === "127.0.0.1" || host === "::1" ? "localhost" : host
}

function databaseUrl(server: Server, database: string): string {
  const auth = server.password
    ? `${encodeURIComponent(server.user)}:${encodeURIComponent(server.password)}`
    : encodeURIComponent(server.user)
  return `postgres://${auth}@${runnerHost(server.host)}:${server.port}/${database}`
}

async function endToEnd(server: Server): Promise<void> {
  say("── e2e ──")
  const logs = (name: string) => path.join(RESULTS, `e2e-${name}.log`)
  const url = databaseUrl(server, `ocop_e2e_${process.pid}`)
  const [backendPort, storefrontPort, downPort, deadPort] = [await freePort(), await freePort(), await freePort(), await freePort()]
  const backendUrl = `http://localhost:${backendPort}`
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const admin = { email: "admin-e2e@ocop.test", password: crypto.randomBytes(12).toString("hex") }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    ADMIN_DISABLED: "true",
    JWT_SECRET: crypto.randomBytes(24).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(24).toString("hex"),
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    STORE_CORS: storefrontUrl,
    REVALIDATE_SECRET: crypto.randomBytes(16).toString("hex"),
    COOKIE_SECURE: "false",
    MEDUSA_DISABLE_TELEMETRY: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  }
  try {
    await dropDatabase(url)
    await ensureDatabase(url)
    const storefrontBuild = buildStorefront(env, logs("build"))
    await migrate(BACKEND, env, logs("setup"))
    await seed(BACKEND, env, logs("setup"))
    await createAdminUser(BACKEND, env, logs("setup"), admin)
    const backend = spawnManaged("backend", bin.medusa, ["start", "-p", String(backendPort)], {
      cwd: BACKEND,
      env,
      output: logs("backend"),
    })
    await waitForHttp(`${backendUrl}/health`, 120_000, () => backend.child.exitCode === null)
    await storefrontBuild
    const publishableKey = await readPublishableKey(url, "Storefront OCOP Cao Bằng")
    const storefront = spawnManaged("storefront", bin.next, ["start", "-p", String(storefrontPort)], {
      cwd: STOREFRONT,
      env: { ...env, MEDUSA_PUBLISHABLE_KEY: publishableKey },
      output: logs("storefront"),
    })
    await waitForHttp(`${storefrontUrl}/vi`, 120_000, () => storefront.child.exitCode === null)
    // The same build against a backend that is not there: the "backend down" journey.
    const downUrl = `http://localhost:${downPort}`
    const storefrontDown = spawnManaged("storefront-down", bin.next, ["start", "-p", String(downPort)], {
      cwd: STOREFRONT,
      env: { ...env, MEDUSA_PUBLISHABLE_KEY: publishableKey, MEDUSA_BACKEND_URL: `http://localhost:${deadPort}` },
      output: logs("storefront-down"),
    })
    await waitForHttp(`${downUrl}/vi/legal/sellers`, 120_000, () => storefrontDown.child.exitCode === null)

    const output = report("e2e")
    fs.rmSync(output, { force: true })
    await runToEnd("playwright", bin.playwright, ["test"], {
      cwd: STOREFRONT,
      env: {
        ...env,
        E2E_BASE_URL: storefrontUrl,
        E2E_BACKEND_URL: backendUrl,
        E2E_BACKEND_DOWN_URL: downUrl,
        E2E_PUBLISHABLE_KEY: publishableKey,
        E2E_ADMIN_EMAIL: admin.email,
        E2E_ADMIN_PASSWORD: admin.password,
        PLAYWRIGHT_JSON_OUTPUT_NAME: output,
      },
      output: "inherit",
    }).catch(() => undefined)
    const result = readReport("e2e", output, fromPlaywright)
    if (result.failed) {
      warn(`backend log tail:\n${tailOf(logs("backend"), 15)}\nstorefront log tail:\n${tailOf(logs("storefront"), 15)}`)
    }
    results.push(result)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    warn(`e2e could not run: ${message}`)
    results.push(crashed("e2e", message.split("\n")[0]))
  } finally {
    await stopAll()
    await dropDatabase(url).catch(() => undefined)
  }
}

/** Strict TypeScript is part of "the whole thing passes": one check per package. */
async function typecheck(): Promise<void> {
  say("── typecheck ──")
  const result: SuiteResult = { suite: "typecheck", passed: 0, failed: 0, skipped: 0 }
  for (const pkg of ["scripts", "backend", "storefront"]) {
    const ok = await runToEnd(`typecheck ${pkg}`, "pnpm", ["run", "typecheck"], {
      cwd: path.join(ROOT, pkg),
      output: "inherit",
    }).then(
      () => true,
      () => false
    )
    if (ok) result.passed++
    else result.failed++
  }
  results.push(result)
}

/** TEST_ONLY=e2e (or a comma list of typecheck, unit, integration, e2e) runs part of the suite while developing. */
const only = new Set((process.env.TEST_ONLY ?? "").split(",").map((part) => part.trim()).filter(Boolean))
const wanted = (suite: "typecheck" | "unit" | "integration" | "e2e") => only.size === 0 || only.has(suite)

async function main(): Promise<void> {
  const startedAt = Date.now()
  fs.mkdirSync(RESULTS, { recursive: true })

  if (wanted("typecheck")) await typecheck()

  if (wanted("unit")) {
    await vitest("unit-scripts", path.join(ROOT, "scripts"), [])
    await vitest("unit-backend", BACKEND, ["--config", "vitest.unit.config.mts"])
    await vitest("unit-storefront", STOREFRONT, [])
  }

  let server: Server | undefined
  if (!wanted("integration") && !wanted("e2e")) return finish(startedAt)
  // The backend requires the channel package's bundle (scripts/dist) when it boots.
  await buildChannelsPackage({ declarations: false })
  try {
    server = await resolveServer()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    warn(`no PostgreSQL for the database suites: ${message}`)
    results.push(crashed("integration", message), crashed("e2e", message))
  }

  if (server && wanted("integration")) {
    await vitest("integration-backend", BACKEND, ["--config", "vitest.integration.config.mts", "--silent=passed-only"], {
      ...process.env,
      DB_HOST: runnerHost(server.host),
      DB_PORT: String(server.port),
      DB_USERNAME: server.user,
      DB_PASSWORD: server.password,
    })
  }
  if (server && wanted("e2e")) await endToEnd(server)
  return finish(startedAt)
}

async function finish(startedAt: number): Promise<void> {
  await cleanUp()
  say(`── summary (${elapsed(startedAt)}) ──`)
  for (const result of results) {
    say(`${result.suite}: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped${result.note ? ` (${result.note})` : ""}`)
  }
  const failed = results.some((result) => result.failed > 0)
  process.stdout.write(`${totalsLine(results)}\n`)
  process.exit(failed ? 1 : 0)
}

main().catch(async (error: unknown) => {
  warn(error instanceof Error ? error.stack ?? error.message : String(error))
  await cleanUp()
  process.stdout.write(`${totalsLine([...results, crashed("runner", "crashed")])}\n`)
  process.exit(1)
})
