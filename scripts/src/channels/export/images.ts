import { mkdir, writeFile } from "node:fs/promises"
import { join } from "node:path"
import type { SkippedRow } from "./summary"

/**
 * The image folder for hand listing (Postmart, Voso, 24/7): each SKU's
 * pictures as <sku>-<n>.<ext>, n being the image's place in the product
 * (a failed picture leaves its number out, so names stay tied to positions).
 * Each URL is fetched once even when several packs share it.
 */
export type FetchLike = (url: string, init: { signal: AbortSignal }) => Promise<Response>

export type ImageDownloadOptions = {
  dir: string
  fetch?: FetchLike
  timeoutMs?: number
  maxBytes?: number
  concurrency?: number
}

export type ImageJob = { sku: string; urls: string[] }

export type ImageDownloads = {
  /** File names (relative to `dir`) per SKU, in image order. */
  files: Map<string, string[]>
  skipped: SkippedRow[]
}

const EXT_BY_TYPE: Record<string, string> = { "image/jpeg": "jpg", "image/jpg": "jpg", "image/png": "png", "image/webp": "webp", "image/gif": "gif" }

function extensionOf(url: string, contentType: string | null): string {
  const type = contentType?.split(";")[0]?.trim().toLowerCase() ?? ""
  const byType = EXT_BY_TYPE[type]
  if (byType) return byType
  const path = (() => {
    try {
      return new URL(url).pathname
    } catch {
      return url
    }
  })()
  const match = /\.(jpe?g|png|webp|gif)$/iu.exec(path)
  return match?.[1] ? match[1].toLowerCase().replace("jpeg", "jpg") : "jpg"
}

/** A SKU as a safe file-name part on Windows and Unix. */
export function fileSafe(sku: string): string {
  return sku.replace(/[^A-Za-z0-9._-]+/gu, "_") || "sku"
}

type Fetched = { ok: true; bytes: Uint8Array; ext: string } | { ok: false; reason: string }

async function fetchImage(url: string, fetchImpl: FetchLike, timeoutMs: number, maxBytes: number): Promise<Fetched> {
  try {
    const response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs) })
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` }
    const type = response.headers.get("content-type")
    if (type && !type.toLowerCase().startsWith("image/") && !type.toLowerCase().startsWith("application/octet-stream")) {
      return { ok: false, reason: `không phải ảnh / not an image (${type})` }
    }
    const bytes = new Uint8Array(await response.arrayBuffer())
    if (bytes.byteLength === 0) return { ok: false, reason: "tệp rỗng / empty file" }
    if (bytes.byteLength > maxBytes) return { ok: false, reason: `ảnh quá lớn / too large (${bytes.byteLength} bytes)` }
    return { ok: true, bytes, ext: extensionOf(url, type) }
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")
    return { ok: false, reason: timedOut ? `quá thời gian / timed out after ${timeoutMs} ms` : `lỗi mạng / network error: ${error instanceof Error ? error.message : String(error)}` }
  }
}

/** Runs tasks with at most `limit` in flight. */
async function runLimited(tasks: Array<() => Promise<void>>, limit: number): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const task = tasks[next]
      next += 1
      if (task) await task()
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker))
}

export async function downloadImages(jobs: ImageJob[], options: ImageDownloadOptions): Promise<ImageDownloads> {
  const fetchImpl: FetchLike = options.fetch ?? ((url, init) => fetch(url, init))
  const timeoutMs = options.timeoutMs ?? 15_000
  const maxBytes = options.maxBytes ?? 15 * 1024 * 1024
  await mkdir(options.dir, { recursive: true })
  const cache = new Map<string, Promise<Fetched>>()
  const fetched = (url: string) => {
    let pending = cache.get(url)
    if (!pending) {
      pending = fetchImage(url, fetchImpl, timeoutMs, maxBytes)
      cache.set(url, pending)
    }
    return pending
  }
  const files = new Map<string, string[]>()
  const skipped: SkippedRow[] = []
  const slots: Array<{ sku: string; position: number; url: string; name: string | null }> = []
  for (const job of jobs) {
    files.set(job.sku, [])
    job.urls.forEach((url, index) => slots.push({ sku: job.sku, position: index + 1, url, name: null }))
  }
  await runLimited(
    slots.map((slot) => async () => {
      const result = await fetched(slot.url)
      if (!result.ok) {
        skipped.push({ sku: slot.sku, reason: `ảnh ${slot.position} (${slot.url}): ${result.reason}` })
        return
      }
      const name = `${fileSafe(slot.sku)}-${slot.position}.${result.ext}`
      await writeFile(join(options.dir, name), result.bytes)
      slot.name = name
    }),
    options.concurrency ?? 4,
  )
  for (const slot of slots) if (slot.name) files.get(slot.sku)?.push(slot.name)
  skipped.sort((a, b) => (a.sku === b.sku ? a.reason.localeCompare(b.reason) : a.sku.localeCompare(b.sku)))
  return { files, skipped }
}
