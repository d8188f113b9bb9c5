import { existsSync, readFileSync } from "node:fs"
import { fileURLToPath, pathToFileURL } from "node:url"

/**
 * Where the editable channel data lives (scripts/data/channels). Read at run
 * time rather than imported so a user can edit a file, or point a loader at
 * their own copy, without rebuilding anything. The sources sit three folders
 * below scripts/; the backend's bundle (scripts/dist/channels.cjs) one.
 */
export const CHANNEL_DATA_DIR = channelDataDir(moduleUrl())

function channelDataDir(here: string): string {
  const candidates = ["../../../data/channels/", "../data/channels/"].map((relative) => fileURLToPath(new URL(relative, here)))
  return candidates.find((dir) => existsSync(dir)) ?? (candidates[0] as string)
}

/** This file's URL: import.meta.url in the ESM sources, __filename in the CommonJS bundle (where import.meta is empty). */
function moduleUrl(): string {
  const url: string | undefined = import.meta.url
  if (url) return url
  return pathToFileURL(__filename).href
}

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
