import type { IncomingMessage } from "node:http"
import type { UploadedFile } from "./route"

/** System parameters: verified by the gateway, never handed to routes or recorded. */
export const SYSTEM_PARAMS = new Set(["app_key", "timestamp", "sign_method", "sign", "access_token", "partner_id"])
/** Business parameters too secret to keep in the call log. */
const SECRET_BUSINESS_PARAMS = new Set(["code", "refresh_token"])

export function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = []
    request.on("data", (part: Buffer) => parts.push(part))
    request.on("end", () => resolve(Buffer.concat(parts)))
    request.on("error", reject)
  })
}

/**
 * All parameters of a call: the query string plus an urlencoded or multipart
 * body (SDKs put system parameters in the query and business ones in the
 * body; some put everything in one place). File parts are kept apart: they
 * are not signed.
 */
export async function readParams(url: URL, contentType: string | undefined, body: Buffer): Promise<{ params: Record<string, string>; files: Map<string, UploadedFile> }> {
  const params: Record<string, string> = {}
  const files = new Map<string, UploadedFile>()
  for (const [name, value] of url.searchParams) params[name] = value
  const type = (contentType ?? "").toLowerCase()
  if (body.length === 0) return { params, files }
  if (type.startsWith("application/x-www-form-urlencoded")) {
    for (const [name, value] of new URLSearchParams(body.toString("utf8"))) params[name] = value
  } else if (type.startsWith("multipart/form-data") && contentType) {
    const form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData()
    for (const [name, value] of form.entries()) {
      if (typeof value === "string") params[name] = value
      else files.set(name, { bytes: new Uint8Array(await value.arrayBuffer()), type: value.type, name: value.name })
    }
  }
  return { params, files }
}

export function businessOnly(params: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(params)) {
    if (!SYSTEM_PARAMS.has(name)) out[name] = value
  }
  return out
}

export function forTheLog(params: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(params)) out[name] = SECRET_BUSINESS_PARAMS.has(name) ? "***" : value
  return out
}
