import fs from "node:fs"
import path from "node:path"
import { build } from "esbuild"
import { fingerprint, readMark, writeMark } from "./fingerprint"
import { elapsed, say } from "./log"
import { ROOT } from "./paths"
import { runToEnd } from "./processes"

const SCRIPTS = path.join(ROOT, "scripts")
const DIST = path.join(SCRIPTS, "dist")
const SOURCES = [path.join(SCRIPTS, "src", "channels"), path.join(SCRIPTS, "tsconfig.json"), path.join(SCRIPTS, "tsconfig.channels.json"), path.join(SCRIPTS, "package.json")]

/**
 * Builds `@ocop/scripts/channels` for the backend: one CommonJS bundle of
 * src/channels/index.ts (the backend compiles to CommonJS and cannot load
 * these ESM sources with extensionless imports) and its type declarations.
 * Only Node's built-ins stay outside the bundle. Skipped when the sources
 * have not changed since the last build; the bundle alone takes well under
 * a second, the declarations (tsc) a few seconds.
 */
export async function buildChannelsPackage(options: { declarations?: boolean } = {}): Promise<void> {
  const declarations = options.declarations !== false
  const mark = path.join(DIST, declarations ? ".build-with-types" : ".build")
  const current = fingerprint(SOURCES)
  if (readMark(mark) === current && fs.existsSync(path.join(DIST, "channels.cjs"))) return
  const startedAt = Date.now()
  fs.mkdirSync(DIST, { recursive: true })
  // dist/ is CommonJS whatever scripts/package.json says, so the .d.ts files resolve as the bundle does.
  fs.writeFileSync(path.join(DIST, "package.json"), `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`)
  await build({
    entryPoints: [path.join(SCRIPTS, "src", "channels", "index.ts")],
    outfile: path.join(DIST, "channels.cjs"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
    // import.meta is empty in CommonJS; data-files.ts falls back to __filename.
    logOverride: { "empty-import-meta": "silent" },
  })
  if (declarations) {
    await runToEnd("tsc (channel declarations)", path.join(SCRIPTS, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.channels.json"], {
      cwd: SCRIPTS,
      output: "inherit",
    })
  }
  writeMark(path.join(DIST, ".build"), current)
  if (declarations) writeMark(mark, current)
  say(`channel package built in ${elapsed(startedAt)}`)
}
