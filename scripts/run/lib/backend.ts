import fs from "node:fs"
import path from "node:path"
import { buildChannelsPackage } from "./channels-build"
import { fingerprint, readMark, writeMark } from "./fingerprint"
import { say, elapsed } from "./log"
import { BACKEND, BACKEND_SERVER, bin } from "./paths"
import { runToEnd } from "./processes"

const SOURCES = ["src", "medusa-config.ts", "package.json", "tsconfig.json"].map((entry) => path.join(BACKEND, entry))
const MIGRATION_SOURCES = ["src/modules", "src/links", "src/search", "src/migration-scripts", "package.json"].map(
  (entry) => path.join(BACKEND, entry)
)

/** Hash of everything that changes the database schema. */
export function migrationFingerprint(): string {
  return fingerprint(MIGRATION_SOURCES)
}

/** Builds the production server and admin dashboard unless the last build is still current. */
export async function buildBackend(env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  const mark = path.join(BACKEND_SERVER, ".ocop-build")
  const current = fingerprint(SOURCES, `admin:${env.ADMIN_DISABLED ?? ""}`)
  const upToDate = readMark(mark) === current && fs.existsSync(path.join(BACKEND_SERVER, "medusa-config.js"))
  // The server requires the channel package's bundle at run time (outside .medusa/server), and its types to compile.
  await buildChannelsPackage({ declarations: !upToDate })
  if (upToDate) {
    say("backend build is up to date")
    return
  }
  const startedAt = Date.now()
  say("building the backend and admin dashboard (first start or changed sources; about a minute)…")
  await runToEnd("medusa build", bin.medusa, ["build"], { cwd: BACKEND, env, output: logFile })
  // The build output resolves packages from the workspace install.
  fs.symlinkSync(path.relative(BACKEND_SERVER, path.join(BACKEND, "node_modules")), path.join(BACKEND_SERVER, "node_modules"))
  writeMark(mark, current)
  say(`backend built in ${elapsed(startedAt)}`)
}

export async function migrate(cwd: string, env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  const startedAt = Date.now()
  say("migrating the database…")
  await runToEnd("medusa db:migrate", bin.medusa, ["db:migrate"], { cwd, env, output: logFile })
  say(`database migrated in ${elapsed(startedAt)}`)
}

export async function seed(cwd: string, env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  const startedAt = Date.now()
  say("seeding the Cao Bằng catalogue…")
  const script = fs.existsSync(path.join(cwd, "src/scripts/seed.js")) ? "./src/scripts/seed.js" : "./src/scripts/seed.ts"
  await runToEnd("seed", bin.medusa, ["exec", script], { cwd, env, output: logFile })
  say(`catalogue seeded in ${elapsed(startedAt)}`)
}

export async function createAdminUser(
  cwd: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
  credentials: { email: string; password: string }
): Promise<void> {
  await runToEnd("medusa user", bin.medusa, ["user", "-e", credentials.email, "-p", credentials.password], {
    cwd,
    env,
    output: logFile,
  })
}

/**
 * Product images are uploaded to `static/` beside the running server, which a
 * rebuild deletes: point it at .data/uploads so pictures survive rebuilds.
 */
export function linkUploads(uploadsDir: string): void {
  fs.mkdirSync(uploadsDir, { recursive: true })
  const link = path.join(BACKEND_SERVER, "static")
  const target = path.relative(BACKEND_SERVER, uploadsDir)
  try {
    if (fs.readlinkSync(link) === target) return
  } catch {
    // Missing, or a real folder left by an older start.
  }
  fs.rmSync(link, { recursive: true, force: true })
  fs.symlinkSync(target, link)
}
