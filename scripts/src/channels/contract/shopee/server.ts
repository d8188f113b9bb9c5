import http, { type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { systemClock, type Clock } from "../../core/clock"
import type { ShopeeItemLimit } from "../../shopee/response-types"
import { ContractError } from "./contract-error"
import { ShopeeFaults, type ShopeeFault } from "./faults"
import { DEFAULT_ITEM_LIMIT, fixtureOrders, type ContractOrder } from "./fixtures"
import { isRecord } from "./handlers/params"
import type { HandlerOutput, PartialFailure, Route } from "./handlers/types"
import { ROUTES } from "./routes"
import { ACCESS_TOKEN_LIFETIME_MS, hex, ShopeeContractState, type ContractCall } from "./state"
import { verifyCommon } from "./verify"

export type ShopeeContractOptions = {
  /** Default 2001887 (the developer guide's example partner). */
  partnerId?: number
  /** Default "test-partner-key". */
  partnerKey?: string
  /** Default 14701711 (the developer guide's example shop). */
  shopId?: number
  /** The server's clock (timestamp window, token expiry). Share the test's manualClock, or skew it with clockOffsetMs. */
  clock?: Clock
  /** Added to the clock: a server running ahead (+) or behind (−) the client. */
  clockOffsetMs?: number
  /** Orders to serve; default fixtureOrders(now). */
  orders?: ContractOrder[]
  itemLimit?: ShopeeItemLimit
  /** When the seller's authorisation ends (get_shop_info expire_time); default now + 365 days. */
  authorisationExpiresAtMs?: number
  /** Expiry of the initial access token; default now + 4 h. */
  initialAccessExpiresAtMs?: number
}

export type ShopeeContractServer = {
  /** e.g. "http://127.0.0.1:40123": pass it as the client's baseUrl. */
  baseUrl: string
  partnerId: number
  partnerKey: string
  shopId: number
  /** The pair issued at start (seed the client's token store with it). */
  initialTokens: { accessToken: string; refreshToken: string; accessExpiresAtMs: number }
  state: ShopeeContractState
  faults: ShopeeFaults
  close(): Promise<void>
}

/**
 * A local Shopee Open Platform v2 written from the published documentation:
 * the gateway checks (partner_id, 5-minute timestamp, sign, access token),
 * the token lifecycle (4-hour access tokens, single-use refresh tokens), the
 * product, media, logistics and order APIs the sync uses, a call log and
 * fault injection. Listens on 127.0.0.1, port 0.
 */
export async function startShopeeContractServer(options: ShopeeContractOptions = {}): Promise<ShopeeContractServer> {
  const base = options.clock ?? systemClock
  const offset = options.clockOffsetMs ?? 0
  const clock: Clock = offset === 0 ? base : { nowMs: () => base.nowMs() + offset, sleep: (ms) => base.sleep(ms) }
  const partnerId = options.partnerId ?? 2001887
  const partnerKey = options.partnerKey ?? "test-partner-key"
  const shopId = options.shopId ?? 14701711
  const now = clock.nowMs()
  const state = new ShopeeContractState(
    partnerId,
    partnerKey,
    shopId,
    clock,
    options.orders ?? fixtureOrders(Math.floor(now / 1000)),
    options.itemLimit ?? DEFAULT_ITEM_LIMIT,
    options.authorisationExpiresAtMs ?? now + 365 * 24 * 3600_000,
  )
  const accessExpiresAtMs = options.initialAccessExpiresAtMs ?? now + ACCESS_TOKEN_LIFETIME_MS
  const initial = state.issueTokenPair(shopId, accessExpiresAtMs)
  const faults = new ShopeeFaults()
  const timers = new Set<NodeJS.Timeout>()

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug in a handler: answer like Shopee's own internal error rather than hanging.
      const message = error instanceof Error ? error.message : String(error)
      if (!res.headersSent && !res.destroyed) reply(res, 500, { error: "error_inner", message: `contract server: ${message}`, request_id: hex(16) })
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://contract.local")
    const raw = await readBody(req)
    const route = ROUTES[url.pathname]
    const call = state.record(req.method ?? "GET", url.pathname, route?.write ?? false)
    const fault = faults.take(url.pathname)
    if (fault) call.fault = fault.kind

    if (fault?.kind === "timeout") {
      await wait(fault.delayMs)
      if (!fault.apply) {
        res.destroy()
        return
      }
    }
    if (fault && (fault.kind === "http" || fault.kind === "error" || fault.kind === "raw")) {
      injected(res, call, fault)
      return
    }
    const partial = fault?.kind === "partial_failure" ? fault : null
    const answer = await dispatch(route, req, url, raw, partial)
    call.error = typeof answer.body.error === "string" ? answer.body.error : ""
    call.requestId = typeof answer.body.request_id === "string" ? answer.body.request_id : null
    if (!res.destroyed) reply(res, answer.status, answer.body)
  }

  async function dispatch(route: Route | undefined, req: IncomingMessage, url: URL, raw: Buffer, partial: PartialFailure | null): Promise<{ status: number; body: Record<string, unknown> }> {
    const requestId = hex(16)
    try {
      if (!route) throw new ContractError("error_not_found", "Api not found.", 404)
      if (req.method !== route.method) throw new ContractError("error_param", `Wrong parameters, detail: method ${req.method ?? ""} not allowed.`, 400)
      verifyCommon(state, url.pathname, url.searchParams, route.kind)
      const { json, form } = await parseBody(route, req, raw)
      const output: HandlerOutput = await route.handle({ state, query: url.searchParams, json, form, partial })
      const body: Record<string, unknown> = { request_id: requestId, error: "", message: "", ...(output.top ?? {}) }
      if (output.response) body.response = output.response
      if (output.warning) body.warning = output.warning
      return { status: 200, body }
    } catch (error) {
      if (!(error instanceof ContractError)) throw error
      return { status: error.status, body: { request_id: requestId, error: error.error, message: error.message } }
    }
  }

  function injected(res: ServerResponse, call: ContractCall, fault: Extract<ShopeeFault, { kind: "http" | "error" | "raw" }>): void {
    const requestId = hex(16)
    call.requestId = requestId
    if (fault.kind === "raw") {
      call.error = `http_${fault.status}`
      res.writeHead(fault.status, { "content-type": "text/html" }).end(fault.body)
      return
    }
    const status = fault.kind === "http" ? fault.status : (fault.status ?? 200)
    const error = fault.error ?? (status === 429 ? "error_too_many_request" : "error_server")
    call.error = error
    const message = fault.message ?? (error === "error_system_busy" ? "System is busy, please try again later." : `Injected HTTP ${status}`)
    reply(res, status, { request_id: requestId, error, message })
  }

  function wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        resolve()
      }, ms)
      timers.add(timer)
    })
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    partnerId,
    partnerKey,
    shopId,
    initialTokens: { accessToken: initial.accessToken, refreshToken: initial.refreshToken, accessExpiresAtMs },
    state,
    faults,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer)
        timers.clear()
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

async function parseBody(route: Route, req: IncomingMessage, raw: Buffer): Promise<{ json: Record<string, unknown>; form: FormData | null }> {
  if (route.body === "none") return { json: {}, form: null }
  const type = req.headers["content-type"] ?? ""
  if (route.body === "multipart") {
    if (!type.startsWith("multipart/form-data")) throw new ContractError("product.error_param", "can't find image file")
    try {
      return { json: {}, form: await new Response(new Uint8Array(raw), { headers: { "content-type": type } }).formData() }
    } catch {
      throw new ContractError("error_data", "parse data failed")
    }
  }
  if (raw.length === 0) return { json: {}, form: null }
  try {
    const value: unknown = JSON.parse(raw.toString("utf8"))
    if (!isRecord(value)) throw new Error("not an object")
    return { json: value, form: null }
  } catch {
    throw new ContractError("error_data", "parse data failed")
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => resolve(Buffer.concat(chunks)))
    req.on("error", reject)
  })
}

function reply(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body))
}
