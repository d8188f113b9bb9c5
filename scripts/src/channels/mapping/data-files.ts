import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

/**
 * Where the editable channel data lives (scripts/data/channels). Read at run
 * time rather than imported so a user can edit a file, or point a loader at
 * their own copy, without rebuilding anything.
 */
export const CHANNEL_DATA_DIR = fileURLToPath(new URL("../../../data/channels/", import.meta.url))

export function dataFile(name: string): string {
  return `${CHANNEL_DATA_DIR}${name}`
}

export function readJsonFile(path: string): unknown {
  const text = readFileSync(path, "utf8")
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
}
