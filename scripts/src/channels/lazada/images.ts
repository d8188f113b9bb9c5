import { ChannelError } from "../core/errors"
import type { LazadaConfig } from "./config"
import { dataOf } from "./envelope"
import { asArray, asRecord, asString, isRecord } from "./parse"
import type { LazadaImageMigration, LazadaMigratedImage } from "./response-types"
import type { LazadaCall } from "./transport"

type Caller = (call: LazadaCall) => Promise<Record<string, unknown>>

/** "A single call can migrate 8 images at most." */
export const IMAGES_PER_MIGRATION = 8

/**
 * /images/migrate for ≤ 8 URLs, then /image/response/get?batch_id= after
 * the configured wait ("about 0.5 s"), polling until every URL is either
 * migrated or failed.
 */
export async function migrateImageBatch(config: LazadaConfig, call: Caller, batch: readonly string[]): Promise<LazadaImageMigration> {
  if (batch.length === 0 || batch.length > IMAGES_PER_MIGRATION) throw new RangeError(`an image batch holds 1..${IMAGES_PER_MIGRATION} URLs`)
  const payload = `<?xml version="1.0" encoding="UTF-8" ?><Request><Images>${batch.map((url) => `<Url>${xmlEscape(url)}</Url>`).join("")}</Images></Request>`
  const started = await call({ path: "/images/migrate", method: "POST", params: { payload } })
  // The API page shows batch_id at the top level, next to code.
  const batchId = asString(started.batch_id) ?? asString(dataOf(started).batch_id)
  if (!batchId) throw new ChannelError({ platform: "lazada", code: "invalid_response", message: "Lazada /images/migrate answered without batch_id", retryable: false, requestId: asString(started.request_id) })

  const { intervalMs, maxPolls } = config.imagePoll
  for (let poll = 1; poll <= maxPolls; poll++) {
    await config.clock.sleep(intervalMs)
    const data = dataOf(await call({ path: "/image/response/get", method: "GET", params: { batch_id: batchId } }))
    const images = asArray(data.images).filter(isRecord)
    const errors = asArray(data.errors).filter(isRecord)
    if (images.length + errors.length >= batch.length) return matchToSources(batch, images, errors)
  }
  throw new ChannelError({ platform: "lazada", code: "image_migration_pending", message: `Lazada image batch ${batchId} not finished after ${maxPolls} polls`, retryable: true })
}

/**
 * Errors name their source URL (`original_url`); successful entries do not,
 * so they are matched in request order to the URLs that did not fail.
 */
function matchToSources(batch: readonly string[], images: Array<Record<string, unknown>>, errors: Array<Record<string, unknown>>): LazadaImageMigration {
  const failed = errors.map((error) => ({
    sourceUrl: asString(error.original_url) ?? asString(error.field) ?? "",
    message: asString(error.msg) ?? asString(error.message) ?? "migration failed",
  }))
  const failedUrls = new Set(failed.map((failure) => failure.sourceUrl))
  const sources = batch.filter((url) => !failedUrls.has(url))
  const migrated: LazadaMigratedImage[] = []
  images.forEach((image, index) => {
    const url = asString(image.url)
    const sourceUrl = sources[index]
    if (url && sourceUrl !== undefined) migrated.push({ sourceUrl, url, hashCode: asString(image.hash_code) })
  })
  return { migrated, failed }
}

/** /image/upload: one JPG/PNG as the multipart `image` file (not signed). */
export async function uploadImageFile(call: Caller, bytes: Uint8Array, filename: string, contentType: string): Promise<{ url: string; hashCode: string | null }> {
  const body = await call({ path: "/image/upload", method: "POST", file: { field: "image", bytes, filename, contentType } })
  const image = asRecord(dataOf(body).image)
  const url = asString(image.url)
  if (!url) throw new ChannelError({ platform: "lazada", code: "invalid_response", message: "Lazada /image/upload answered without an image url", retryable: false, requestId: asString(body.request_id) })
  return { url, hashCode: asString(image.hash_code) }
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;")
}
