import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

const SKIP = new Set(["node_modules", ".next", ".medusa", ".data", "test-results", "playwright-report", ".turbo"])

/** A content hash of files and folders (recursively), stable across checkouts. */
export function fingerprint(entries: string[], extra = ""): string {
  const hash = crypto.createHash("sha256")
  hash.update(extra)
  for (const entry of entries) addEntry(hash, entry)
  return hash.digest("hex").slice(0, 32)
}

function addEntry(hash: crypto.Hash, entry: string): void {
  let stat: fs.Stats
  try {
    stat = fs.statSync(entry)
  } catch {
    hash.update(`missing:${entry}`)
    return
  }
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) {
      if (!SKIP.has(name)) addEntry(hash, path.join(entry, name))
    }
    return
  }
  hash.update(`file:${entry}:`)
  hash.update(fs.readFileSync(entry))
}

export function readMark(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8").trim()
  } catch {
    return null
  }
}

export function writeMark(file: string, value: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${value}\n`)
}
