import { randomBytes } from "node:crypto"
import { isIP } from "node:net"
import { asArray, asRecord } from "../../../lazada/parse"
import { ContractFailure, mandatory } from "../failure"
import { ok, type Route, type RouteContext } from "../route"
import { lazadaImageUrl, type ImageBatch } from "../state"
import { text } from "../values"

/**
 * The URLs of a MigrateImages payload: the documented XML
 * `<Request><Images><Url>…</Url></Images></Request>`, or the JSON equivalent.
 */
function urlsOf(payload: string): string[] {
  if (payload.trimStart().startsWith("<")) {
    return [...payload.matchAll(/<Url>([\s\S]*?)<\/Url>/g)].map((match) =>
      match[1].trim().replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&"),
    )
  }
  try {
    const images = asRecord(asRecord(asRecord(JSON.parse(payload)).Request).Images)
    return asArray(images.Url).map((url) => text(url) ?? "")
  } catch {
    throw new ContractFailure("5", "E005: Invalid Request Format")
  }
}

/**
 * Why Lazada would not fetch a URL (Image upload guide): only http(s) on
 * ports 80/443, no IP-address hosts, no 10.*, 11.*, 192.* prefixes.
 */
function unsupported(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return true
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return true
  if (parsed.port !== "" && parsed.port !== "80" && parsed.port !== "443") return true
  const host = parsed.hostname.replace(/^\[|\]$/g, "")
  return isIP(host) !== 0 || /^(10|11|192)\./.test(host)
}

function migrate(context: RouteContext, urls: string[]): ImageBatch {
  const batch: ImageBatch = { id: randomBytes(13).toString("hex"), readyAt: context.now + context.settings.imageReadyAfterMs, images: [], errors: [] }
  for (const url of urls) {
    if (unsupported(url)) batch.errors.push({ msg: "E302: Not supported URL", field: url, original_url: url })
    else if (context.settings.failingImageUrls.has(url)) batch.errors.push({ msg: "Error download image", field: url, original_url: url })
    else batch.images.push(lazadaImageUrl(url))
  }
  return batch
}

export const imageRoutes: Route[] = [
  {
    path: "/images/migrate",
    host: "api",
    auth: "seller",
    write: true,
    handle(context) {
      const payload = context.params.payload
      if (!payload) throw mandatory("payload")
      const urls = urlsOf(payload)
      if (urls.length === 0) throw new ContractFailure("30", "E030: Empty Request")
      if (urls.length > 8) throw new ContractFailure("5", "E005: Invalid Request Format: a single call can migrate 8 images at most")
      const batch = migrate(context, urls)
      context.state.imageBatches.set(batch.id, batch)
      // The API page shows batch_id next to code, not under data.
      return { code: "0", batch_id: batch.id }
    },
  },
  {
    path: "/image/response/get",
    host: "api",
    auth: "seller",
    write: false,
    handle(context) {
      const batchId = context.params.batch_id
      if (!batchId) throw mandatory("batch_id")
      const batch = context.state.imageBatches.get(batchId)
      if (!batch) throw new ContractFailure("5", "E005: Invalid Request Format")
      // Before the batch is done the answer is empty (undocumented; callers poll).
      if (context.now < batch.readyAt) return ok({ images: [], errors: [] })
      return ok({ images: batch.images, errors: batch.errors })
    },
  },
  {
    path: "/image/upload",
    host: "api",
    auth: "seller",
    write: true,
    handle(context) {
      const file = context.files.get("image")
      if (!file) throw mandatory("image")
      const bytes = file.bytes
      const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8
      const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47
      if (!jpeg && !png) throw new ContractFailure("5", "E005: Invalid Request Format: only JPG and PNG images")
      if (bytes.length > 3 * 1024 * 1024) throw new ContractFailure("303", "E303: The image is too large")
      return ok({ image: lazadaImageUrl(bytes) })
    },
  },
]
