import { performance } from "node:perf_hooks"
import { ChannelError } from "../core/errors"
import { send } from "../core/http"
import { redactUrl } from "../core/redact"
import type { LazadaConfig } from "./config"
import { readLazadaEnvelope } from "./envelope"
import { asString } from "./parse"
import { lazadaSign } from "./sign"

export type LazadaParamValue = string | number | boolean | undefined

/** A byte-array parameter (e.g. /image/upload's `image`): sent as multipart and left out of the signature. */
export type LazadaFile = { field: string; bytes: Uint8Array; filename: string; contentType: string }

export type LazadaCall = {
  /** API name as signed, e.g. "/orders/get" (without the "/rest" of the base URL). */
  path: string
  method: "GET" | "POST"
  params?: Record<string, LazadaParamValue>
  /** Token endpoints live on the auth host. */
  host?: "api" | "auth"
  file?: LazadaFile
}

/**
 * One signed HTTP exchange. System parameters (app_key, timestamp in Unix ms
 * from the injected clock, sign_method, access_token, sign) go in the query
 * string; GET business parameters too. POST business parameters (e.g. the
 * `payload` JSON) go in an x-www-form-urlencoded body, or multipart when a file
 * is attached, as the official LazOP SDKs do, so large payloads never hit URL
 * length limits. Every parameter except `sign` and the file is signed.
 */
export async function sendLazada(config: LazadaConfig, call: LazadaCall, accessToken: string | null): Promise<Record<string, unknown>> {
  const system: Record<string, string> = {
    app_key: config.appKey,
    timestamp: String(Math.trunc(config.clock.nowMs())),
    sign_method: "sha256",
  }
  if (accessToken !== null) system.access_token = accessToken
  const business = businessParams(call.params ?? {})
  for (const name of Object.keys(business)) {
    if (name in system || name === "sign") throw new ChannelError({ platform: "lazada", code: "invalid_argument", message: `Lazada ${call.path}: parameter ${name} is reserved`, retryable: false, field: name })
  }
  const sign = lazadaSign(config.appSecret, call.path, { ...system, ...business })
  const base = call.host === "auth" ? config.authBaseUrl : config.baseUrl
  const url = new URL(base + call.path)
  const inQuery = call.method === "GET" ? { ...system, ...business, sign } : { ...system, sign }
  for (const [name, value] of Object.entries(inQuery)) url.searchParams.set(name, value)

  const init: RequestInit = { method: call.method, headers: { accept: "application/json" } }
  if (call.method === "POST") {
    if (call.file) {
      const form = new FormData()
      for (const [name, value] of Object.entries(business)) form.append(name, value)
      form.append(call.file.field, new Blob([Uint8Array.from(call.file.bytes)], { type: call.file.contentType }), call.file.filename)
      init.body = form
    } else {
      init.body = new URLSearchParams(business).toString()
      init.headers = { ...init.headers, "content-type": "application/x-www-form-urlencoded;charset=UTF-8" }
    }
  }

  const started = performance.now()
  const safeUrl = redactUrl(url.toString())
  try {
    const response = await send("lazada", url.toString(), init, config.timeoutMs)
    const body = readLazadaEnvelope(call.path, response)
    config.logger.info(`lazada ${call.method} ${safeUrl} → ok in ${elapsed(started)} ms (request ${asString(body.request_id) ?? "-"})`)
    return body
  } catch (error) {
    if (error instanceof ChannelError) {
      config.logger.warn(`lazada ${call.method} ${safeUrl} → ${error.code}${error.retryable ? " (retryable)" : ""} in ${elapsed(started)} ms (request ${error.requestId ?? "-"}): ${error.message}`)
    }
    throw error
  }
}

function businessParams(params: Record<string, LazadaParamValue>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue
    out[name] = typeof value === "string" ? value : String(value)
  }
  return out
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started)
}
