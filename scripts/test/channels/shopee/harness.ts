import { manualClock } from "../../../src/channels/core/clock"
import { RateLimiter } from "../../../src/channels/core/rate-limiter"
import type { ChannelLogger } from "../../../src/channels/core/redact"
import { memoryTokenStore, type TokenPair, type TokenStore } from "../../../src/channels/core/token-store"
import { startShopeeContractServer, type ShopeeContractOptions, type ShopeeContractServer } from "../../../src/channels/contract/shopee"
import { ShopeeClient, shopeeTokenKey, type ShopeeConfigInput } from "../../../src/channels/shopee"

/** 2025-06-01T00:00:00Z: a fixed start so token and order times are predictable. */
export const START_MS = Date.UTC(2025, 5, 1)

export type CapturedLogger = ChannelLogger & { lines: string[] }

export function captureLogger(): CapturedLogger {
  const lines: string[] = []
  return { lines, info: (message) => lines.push(`info ${message}`), warn: (message) => lines.push(`warn ${message}`) }
}

export type Harness = {
  server: ShopeeContractServer
  client: ShopeeClient
  clock: ReturnType<typeof manualClock>
  store: TokenStore
  logger: CapturedLogger
  key: string
  /** Another client on the same server/clock (e.g. with its own store or key). */
  newClient(overrides?: Partial<ShopeeConfigInput>): ShopeeClient
  close(): Promise<void>
}

/**
 * A contract server and a real client sharing one manual clock (backoff
 * sleeps advance it instantly, and both sides agree on the timestamp), with
 * a tiny retry policy and a short timeout so the whole suite stays fast.
 */
export async function startHarness(options: { server?: ShopeeContractOptions; pair?: Partial<TokenPair>; client?: Partial<ShopeeConfigInput> } = {}): Promise<Harness> {
  const clock = manualClock(START_MS)
  const server = await startShopeeContractServer({ clock, ...options.server })
  const key = shopeeTokenKey(server.shopId)
  const store = memoryTokenStore({
    [key]: {
      accessToken: server.initialTokens.accessToken,
      refreshToken: server.initialTokens.refreshToken,
      accessExpiresAt: server.initialTokens.accessExpiresAtMs,
      refreshExpiresAt: null,
      authorisationExpiresAt: null,
      ...options.pair,
    },
  })
  const logger = captureLogger()
  const newClient = (overrides: Partial<ShopeeConfigInput> = {}) =>
    new ShopeeClient({
      baseUrl: server.baseUrl,
      partnerId: server.partnerId,
      partnerKey: server.partnerKey,
      shopId: server.shopId,
      tokenStore: store,
      clock,
      logger,
      retry: { attempts: 4, baseDelayMs: 100, maxDelayMs: 1_000 },
      limiter: new RateLimiter(clock, 4, 0),
      timeoutMs: 2_000,
      random: () => 0.5,
      ...options.client,
      ...overrides,
    })
  return { server, client: newClient(), clock, store, logger, key, newClient, close: () => server.close() }
}
