import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { systemClock, type Clock } from "../../core/clock"
import { ContractFailure } from "./failure"
import { LazadaFaults, type LazadaFault } from "./faults"
import type { OrderSeed } from "./fixtures"
import { checkGateway } from "./gateway"
import { businessOnly, forTheLog, readBody, readParams } from "./incoming"
import type { Route, RouteContext } from "./route"
import { authRoutes } from "./routes/auth"
import { catalogueRoutes } from "./routes/catalogue"
import { imageRoutes } from "./routes/images"
import { orderRoutes } from "./routes/orders"
import { priceQuantityRoute } from "./routes/price-quantity"
import { productWriteRoutes } from "./routes/products"
import { productsGetRoute } from "./routes/products-get"
import { ContractState } from "./state"

export type LazadaContractOptions = {
  appKey?: string
  appSecret?: string
  /** The server's clock for timestamps, token lifetimes and image batches (share a manualClock with the client in tests). */
  clock?: Clock
  /** Access token lifetime: 7 days for a Test app (30 for an Online app). */
  accessTtlSeconds?: number
  /** Refresh token lifetime, fixed at issue: 30 days for a Test app (180 Online). */
  refreshTtlSeconds?: number
  /** Whether a refresh token still works after it has been used (docs: "save the latest"); default reject. */
  refreshTokenReuse?: "reject" | "allow"
  sellerId?: string
  /** Seeded orders; default three Cao Bằng orders in the last three days. */
  orders?: OrderSeed[]
  /** How long a migrated-image batch stays empty on /image/response/get (server clock). */
  imageReadyAfterMs?: number
  /** Source URLs whose download "fails" in /images/migrate. */
  failingImageUrls?: string[]
  /** item_status of new products (Active, or "Pending QC"). */
  newProductStatus?: string
}

export type LazadaContractServer = {
  /** API host base, e.g. http://127.0.0.1:PORT/rest */
  baseUrl: string
  /** Auth host base (same server, /auth prefix), e.g. http://127.0.0.1:PORT/auth/rest */
  authBaseUrl: string
  appKey: string
  appSecret: string
  clock: Clock
  state: ContractState
  faults: LazadaFaults
  close(): Promise<void>
}

const ROUTES: Route[] = [...authRoutes, ...catalogueRoutes, ...productWriteRoutes, priceQuantityRoute, productsGetRoute, ...orderRoutes, ...imageRoutes]

/**
 * A local Lazada Open Platform written from the published docs: a real
 * node:http server on an ephemeral port that verifies every call the way the
 * gateway does and keeps products, orders, tokens and image batches in
 * memory. Every call is recorded (with a write flag) and faults can be
 * queued per path.
 */
export async function startLazadaContractServer(options: LazadaContractOptions = {}): Promise<LazadaContractServer> {
  const appKey = options.appKey ?? "100001"
  const appSecret = options.appSecret ?? "contract-app-secret"
  const clock = options.clock ?? systemClock
  const state = new ContractState(
    clock,
    {
      accessTtlSeconds: options.accessTtlSeconds ?? 7 * 86_400,
      refreshTtlSeconds: options.refreshTtlSeconds ?? 30 * 86_400,
      refreshTokenReuse: options.refreshTokenReuse ?? "reject",
      sellerId: options.sellerId ?? "200000001",
    },
    options.orders,
  )
  const faults = new LazadaFaults()
  const settings: RouteContext["settings"] = {
    imageReadyAfterMs: options.imageReadyAfterMs ?? 500,
    failingImageUrls: new Set(options.failingImageUrls ?? []),
    newProductStatus: options.newProductStatus ?? "Active",
  }
  const routes = new Map(ROUTES.map((route) => [route.path, route]))
  const holds = new Set<() => void>()

  const hold = (ms: number) =>
    new Promise<void>((resolve) => {
      const release = () => {
        clearTimeout(timer)
        holds.delete(release)
        resolve()
      }
      const timer = setTimeout(release, ms)
      holds.add(release)
    })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://contract.invalid")
    const host = url.pathname.startsWith("/auth/rest/") ? "auth" : url.pathname.startsWith("/rest/") ? "api" : null
    if (!host) {
      send(response, 404, "text/plain", "not a Lazada path")
      return
    }
    const apiPath = url.pathname.slice(host === "auth" ? "/auth/rest".length : "/rest".length)
    const { params, files } = await readParams(url, request.headers["content-type"], await readBody(request))
    const route = routes.get(apiPath)
    const requestId = state.newRequestId()
    const now = clock.nowMs()
    const record = (code: string, httpStatus: number, fault: LazadaFault | null) =>
      state.calls.push({
        path: apiPath,
        method: request.method ?? "GET",
        write: route?.write ?? false,
        code,
        httpStatus,
        requestId,
        at: now,
        params: forTheLog(businessOnly(params)),
        fault: fault ? describe(fault) : null,
      })

    const fault = faults.next(apiPath)
    if (fault?.kind === "http") {
      record(`http_${fault.status}`, fault.status, fault)
      send(response, fault.status, "text/html", fault.body ?? `<html><body>${fault.status}</body></html>`)
      return
    }
    let body: Record<string, unknown>
    if (fault?.kind === "error") {
      body = { code: fault.code, type: fault.type, message: fault.message }
    } else {
      try {
        if (!route || route.host !== host) throw new ContractFailure("InvalidApiPath", "The specified API path is invalid")
        const sellerId = checkGateway({ route, apiPath, params, appKey, appSecret, state, now })
        body = { ...(await route.handle({ state, faults, params: businessOnly(params), files, sellerId, path: apiPath, now, settings })) }
      } catch (error) {
        if (!(error instanceof ContractFailure)) throw error
        body = error.envelope()
      }
    }
    body.request_id = requestId
    record(typeof body.code === "string" ? body.code : "?", 200, fault)
    // A delay holds the answer of a request that was carried out: the client
    // times out although the write happened, as on a slow real network.
    if (fault?.kind === "delay") await hold(fault.ms)
    send(response, 200, "application/json;charset=UTF-8", JSON.stringify(body))
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      send(response, 500, "text/plain", `contract server bug: ${error instanceof Error ? error.stack : String(error)}`)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    baseUrl: `${origin}/rest`,
    authBaseUrl: `${origin}/auth/rest`,
    appKey,
    appSecret,
    clock,
    state,
    faults,
    close: async () => {
      for (const release of [...holds]) release()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

function send(response: ServerResponse, status: number, contentType: string, text: string): void {
  if (response.destroyed || response.writableEnded) return
  response.writeHead(status, { "content-type": contentType })
  response.end(text)
}

function describe(fault: LazadaFault): string {
  switch (fault.kind) {
    case "http":
      return `http ${fault.status}`
    case "error":
      return `error ${fault.code}`
    case "delay":
      return `delay ${fault.ms} ms`
  }
}
