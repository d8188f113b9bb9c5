import { systemClock, type Clock } from "../core/clock"
import { ChannelError } from "../core/errors"
import { RateLimiter } from "../core/rate-limiter"
import { silentLogger, type ChannelLogger } from "../core/redact"
import { DEFAULT_RETRY, type RetryPolicy } from "../core/retry"
import { memoryTokenStore, type TokenPair, type TokenStore } from "../core/token-store"

export const SHOPEE_PRODUCTION_BASE = "https://partner.shopeemobile.com"
export const SHOPEE_SANDBOX_BASE = "https://openplatform.sandbox.test-stable.shopee.sg"

/** Everything a ShopeeClient needs; `resolveShopeeConfig` fills the defaults. */
export type ShopeeConfig = {
  baseUrl: string
  partnerId: number
  partnerKey: string
  shopId: number
  tokenStore: TokenStore
  clock: Clock
  logger: ChannelLogger
  retry: RetryPolicy
  limiter: RateLimiter
  timeoutMs: number
  /** Jitter source for backoff; tests pin it. */
  random: () => number
}

export type ShopeeConfigInput = Pick<ShopeeConfig, "partnerId" | "partnerKey" | "shopId" | "tokenStore"> & Partial<ShopeeConfig>

export const DEFAULT_TIMEOUT_MS = 20_000

export function resolveShopeeConfig(input: ShopeeConfigInput): ShopeeConfig {
  const clock = input.clock ?? systemClock
  return {
    baseUrl: stripSlash(input.baseUrl ?? SHOPEE_PRODUCTION_BASE),
    partnerId: input.partnerId,
    partnerKey: input.partnerKey,
    shopId: input.shopId,
    tokenStore: input.tokenStore,
    clock,
    logger: input.logger ?? silentLogger,
    retry: input.retry ?? DEFAULT_RETRY,
    // Shopee publishes no product-API quota: two calls in flight per shop, 50 ms apart.
    limiter: input.limiter ?? new RateLimiter(clock, 2, 50),
    timeoutMs: input.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    random: input.random ?? Math.random,
  }
}

/** The key a shop's token pair is stored under (a store may hold Lazada pairs too). */
export function shopeeTokenKey(shopId: number): string {
  return `shopee:${shopId}`
}

export type ShopeeEnvOptions = {
  /**
   * Where refreshed pairs are persisted. Shopee's refresh token is single use,
   * so a CLI must pass a persistent store (fileTokenStore): with the default
   * memory store a refreshed pair is lost when the process ends. When a store
   * is passed, SHOPEE_ACCESS_TOKEN / SHOPEE_REFRESH_TOKEN are optional and
   * only seed a store that holds no pair yet.
   */
  tokenStore?: TokenStore
} & Partial<Omit<ShopeeConfig, "tokenStore" | "partnerId" | "partnerKey" | "shopId">>

/**
 * Reads SHOPEE_API_BASE, SHOPEE_PARTNER_ID, SHOPEE_PARTNER_KEY,
 * SHOPEE_SHOP_ID, SHOPEE_ACCESS_TOKEN, SHOPEE_REFRESH_TOKEN. Errors name the
 * variable, never its value.
 */
export function shopeeConfigFromEnv(env: Record<string, string | undefined>, options: ShopeeEnvOptions = {}): ShopeeConfig {
  const partnerId = positiveInteger(env, "SHOPEE_PARTNER_ID")
  const partnerKey = required(env, "SHOPEE_PARTNER_KEY")
  const shopId = positiveInteger(env, "SHOPEE_SHOP_ID")
  const clock = options.clock ?? systemClock
  const tokensRequired = options.tokenStore === undefined
  const accessToken = tokensRequired ? required(env, "SHOPEE_ACCESS_TOKEN") : optional(env, "SHOPEE_ACCESS_TOKEN")
  const refreshToken = tokensRequired ? required(env, "SHOPEE_REFRESH_TOKEN") : optional(env, "SHOPEE_REFRESH_TOKEN")
  const key = shopeeTokenKey(shopId)
  const base = options.tokenStore ?? memoryTokenStore()
  const seed: TokenPair | null =
    accessToken && refreshToken
      ? {
          accessToken,
          refreshToken,
          // The real expiry is unknown: assume the token is still good and let an error_auth answer trigger the refresh.
          accessExpiresAt: clock.nowMs() + 4 * 3600_000,
          refreshExpiresAt: null,
          authorisationExpiresAt: null,
        }
      : null
  if (!seed && (accessToken || refreshToken)) {
    throw configError(`${accessToken ? "SHOPEE_REFRESH_TOKEN" : "SHOPEE_ACCESS_TOKEN"} is not set (both tokens are needed together)`)
  }
  return resolveShopeeConfig({
    ...options,
    baseUrl: optional(env, "SHOPEE_API_BASE") ?? options.baseUrl ?? SHOPEE_PRODUCTION_BASE,
    partnerId,
    partnerKey,
    shopId,
    clock,
    tokenStore: seed ? seededTokenStore(base, key, seed) : base,
  })
}

/** A store that answers `seed` for `key` until a real pair has been saved there. */
export function seededTokenStore(store: TokenStore, key: string, seed: TokenPair): TokenStore {
  return {
    get: async (shopKey) => (await store.get(shopKey)) ?? (shopKey === key ? seed : null),
    save: (shopKey, pair) => store.save(shopKey, pair),
  }
}

function optional(env: Record<string, string | undefined>, name: string): string | undefined {
  const value = env[name]?.trim()
  return value ? value : undefined
}

function required(env: Record<string, string | undefined>, name: string): string {
  const value = optional(env, name)
  if (value === undefined) throw configError(`${name} is not set`)
  return value
}

function positiveInteger(env: Record<string, string | undefined>, name: string): number {
  const value = required(env, name)
  if (!/^\d+$/.test(value) || Number(value) <= 0 || !Number.isSafeInteger(Number(value))) {
    throw configError(`${name} must be a positive integer`)
  }
  return Number(value)
}

function configError(message: string): ChannelError {
  return new ChannelError({ platform: "shopee", code: "config", message: `Shopee configuration: ${message}`, retryable: false })
}

function stripSlash(url: string): string {
  return url.replace(/\/+$/, "")
}
