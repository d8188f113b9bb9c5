import { ChannelError } from "../core/errors"
import { send } from "../core/http"
import { redactUrl } from "../core/redact"
import { withRetry } from "../core/retry"
import type { ShopeeConfig } from "./config"
import { readEnvelope, type ShopeeEnvelope } from "./envelope"
import { publicBaseString, shopBaseString, shopeeSign, unixSeconds } from "./sign"

export type QueryValue = string | number | boolean | ReadonlyArray<string | number> | undefined

export type ShopeeRequest = {
  method: "GET" | "POST"
  /** Full API path, e.g. "/api/v2/product/add_item" (it is part of the signature). */
  path: string
  /** Business parameters of a GET (arrays become repeated keys). */
  query?: Record<string, QueryValue>
  /** JSON body of a POST. */
  json?: unknown
  /** Multipart body (image upload); built again for every attempt. */
  form?: () => FormData
  /**
   * Safe to send again after a timeout or a dropped connection, when the
   * first send may already have been applied. add_item is not (a retry could
   * list the product twice); reads and absolute updates (price, stock) are.
   */
  idempotent: boolean
  /**
   * For a non-idempotent write: how to find out whether it landed, named in
   * the outcome_unknown error (default: look the item up by item_sku).
   */
  lookup?: string
}

/** Who signs: the shop (access token + shop id in the base string) or the partner alone. */
export type ShopeeSigner = { kind: "shop"; accessToken: string } | { kind: "public" }

/**
 * One Shopee call with the common parameters and signature, a timeout,
 * per-shop rate limiting and backoff retries on retryable failures. Each
 * attempt is signed afresh (the timestamp is only valid for 5 minutes and
 * backoff moves the clock). Logs carry redacted URLs only.
 */
export class ShopeeTransport {
  constructor(private readonly config: ShopeeConfig) {}

  call(request: ShopeeRequest, signer: ShopeeSigner, extraSecrets: string[] = []): Promise<ShopeeEnvelope> {
    const { clock, retry, random, limiter, shopId } = this.config
    return withRetry((attempt) => limiter.run(`shopee:${shopId}`, () => this.once(request, signer, attempt, extraSecrets)), clock, retry, random)
  }

  /** The signed URL of a request (exported for the contract tests and for debugging; never log it unredacted). */
  signedUrl(request: Pick<ShopeeRequest, "path" | "query">, signer: ShopeeSigner): string {
    const { baseUrl, partnerId, partnerKey, shopId, clock } = this.config
    const timestamp = unixSeconds(clock.nowMs())
    const url = new URL(baseUrl + request.path)
    const common: Array<[string, string]> = [
      ["partner_id", String(partnerId)],
      ["timestamp", String(timestamp)],
    ]
    let base: string
    if (signer.kind === "shop") {
      common.push(["access_token", signer.accessToken], ["shop_id", String(shopId)])
      base = shopBaseString(partnerId, request.path, timestamp, signer.accessToken, shopId)
    } else {
      base = publicBaseString(partnerId, request.path, timestamp)
    }
    common.push(["sign", shopeeSign(partnerKey, base)])
    for (const [key, value] of common) url.searchParams.append(key, value)
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value === undefined) continue
      if (typeof value === "object") for (const item of value) url.searchParams.append(key, String(item))
      else url.searchParams.append(key, String(value))
    }
    return url.toString()
  }

  private async once(request: ShopeeRequest, signer: ShopeeSigner, attempt: number, extraSecrets: string[]): Promise<ShopeeEnvelope> {
    const { logger, timeoutMs, partnerKey, clock } = this.config
    const url = this.signedUrl(request, signer)
    const safeUrl = redactUrl(url)
    const secrets = [partnerKey, ...extraSecrets, ...(signer.kind === "shop" ? [signer.accessToken] : [])]
    const started = clock.nowMs()
    try {
      const http = await send("shopee", url, this.init(request), timeoutMs)
      const envelope = readEnvelope(request.path, http, secrets)
      logger.info(`shopee ${request.method} ${safeUrl} -> ok request_id=${envelope.requestId ?? "-"} attempt=${attempt}${envelope.warning ? ` warning=${envelope.warning}` : ""}`)
      return envelope
    } catch (error) {
      const mapped = this.outcome(request, error)
      const detail = mapped instanceof ChannelError ? `${mapped.code} request_id=${mapped.requestId ?? "-"} retryable=${mapped.retryable}` : "unexpected error"
      logger.warn(`shopee ${request.method} ${safeUrl} -> ${detail} attempt=${attempt} after ${clock.nowMs() - started} ms`)
      throw mapped
    }
  }

  /** A timeout on a non-idempotent write leaves its outcome unknown: report that instead of retrying blindly. */
  private outcome(request: ShopeeRequest, error: unknown): unknown {
    if (!(error instanceof ChannelError) || request.idempotent) return error
    if (error.code !== "timeout" && error.code !== "network") return error
    return new ChannelError({
      platform: "shopee",
      code: "outcome_unknown",
      message: `Shopee ${request.path}: ${error.code} after sending; the write may have been applied. ${request.lookup ?? "Look the item up (get_item_list / item_sku)"} before sending it again`,
      retryable: false,
    })
  }

  private init(request: ShopeeRequest): RequestInit {
    if (request.method === "GET") return { method: "GET" }
    if (request.form) return { method: "POST", body: request.form() }
    return { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(request.json ?? {}) }
  }
}
