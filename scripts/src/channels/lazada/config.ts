import { systemClock, type Clock } from "../core/clock"
import { ChannelError } from "../core/errors"
import { RateLimiter } from "../core/rate-limiter"
import { silentLogger, type ChannelLogger } from "../core/redact"
import { DEFAULT_RETRY, type RetryPolicy } from "../core/retry"
import { memoryTokenStore, type TokenPair, type TokenStore } from "../core/token-store"

/** Vietnam venture host ("API endpoint URLs", open.lazada.com docId 108065). */
export const LAZADA_VN_API_BASE = "https://api.lazada.vn/rest"
/** Token create/refresh live on the shared auth host for every country. */
export const LAZADA_AUTH_BASE = "https://auth.lazada.com/rest"

export const DEFAULT_LAZADA_TIMEOUT_MS = 20_000
/** Lazada recommends refreshing 30 minutes before the access token expires. */
export const DEFAULT_REFRESH_MARGIN_MS = 30 * 60_000
/** Warn this long before the refresh token (the seller's authorisation) ends. */
export const AUTHORISATION_WARNING_MS = 14 * 24 * 3600_000

export type LazadaConfig = {
  baseUrl: string
  authBaseUrl: string
  appKey: string
  appSecret: string
  /** Names this seller's token pair and rate-limit lane. */
  sellerKey: string
  tokenStore: TokenStore
  clock: Clock
  logger: ChannelLogger
  retry: RetryPolicy
  limiter: RateLimiter
  timeoutMs: number
  refreshMarginMs: number
  /** /image/response/get polling after /images/migrate ("call after about 0.5 s"). */
  imagePoll: { intervalMs: number; maxPolls: number }
  /** Jitter source for backoff; tests pin it. */
  random: () => number
}

export type LazadaConfigInput = Pick<LazadaConfig, "appKey" | "appSecret"> & Partial<LazadaConfig>

export function resolveLazadaConfig(input: LazadaConfigInput): LazadaConfig {
  const clock = input.clock ?? systemClock
  return {
    baseUrl: stripSlash(input.baseUrl ?? LAZADA_VN_API_BASE),
    authBaseUrl: stripSlash(input.authBaseUrl ?? LAZADA_AUTH_BASE),
    appKey: input.appKey,
    appSecret: input.appSecret,
    sellerKey: input.sellerKey ?? "default",
    tokenStore: input.tokenStore ?? memoryTokenStore(),
    clock,
    logger: input.logger ?? silentLogger,
    retry: input.retry ?? DEFAULT_RETRY,
    // Inventory APIs allow 50 calls/s per seller and GetBrandByPages 30 QPS in
    // total: two calls in flight, 50 ms apart (≤ 20/s) stays under both.
    limiter: input.limiter ?? new RateLimiter(clock, 2, 50),
    timeoutMs: input.timeoutMs ?? DEFAULT_LAZADA_TIMEOUT_MS,
    refreshMarginMs: input.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS,
    imagePoll: input.imagePoll ?? { intervalMs: 500, maxPolls: 10 },
    random: input.random ?? Math.random,
  }
}

/** The key a seller's pair is stored under (one store may also hold Shopee pairs). */
export function lazadaTokenKey(sellerKey: string): string {
  return `lazada:${sellerKey}`
}

export type LazadaEnvOptions = {
  /**
   * Where refreshed pairs are persisted (a CLI passes fileTokenStore: the
   * refresh answer carries a new refresh token that must be kept). With a
   * store, LAZADA_ACCESS_TOKEN / LAZADA_REFRESH_TOKEN are optional and only
   * seed a store that holds no pair yet.
   */
  tokenStore?: TokenStore
} & Partial<Omit<LazadaConfig, "tokenStore" | "appKey" | "appSecret">>

/**
 * Reads LAZADA_API_BASE, LAZADA_AUTH_BASE, LAZADA_APP_KEY, LAZADA_APP_SECRET,
 * LAZADA_ACCESS_TOKEN, LAZADA_REFRESH_TOKEN and LAZADA_SELLER_KEY. Errors name
 * the variables that are missing, never a value.
 */
export function lazadaConfigFromEnv(env: Record<string, string | undefined>, options: LazadaEnvOptions = {}): LazadaConfig {
  const tokensRequired = options.tokenStore === undefined
  const needed = ["LAZADA_APP_KEY", "LAZADA_APP_SECRET", ...(tokensRequired ? ["LAZADA_ACCESS_TOKEN", "LAZADA_REFRESH_TOKEN"] : [])]
  const missing = needed.filter((name) => optional(env, name) === undefined)
  if (missing.length > 0) throw configError(`${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not set`)
  const accessToken = optional(env, "LAZADA_ACCESS_TOKEN")
  const refreshToken = optional(env, "LAZADA_REFRESH_TOKEN")
  if ((accessToken === undefined) !== (refreshToken === undefined)) {
    throw configError(`${accessToken ? "LAZADA_REFRESH_TOKEN" : "LAZADA_ACCESS_TOKEN"} is not set (both tokens are needed together)`)
  }
  const sellerKey = optional(env, "LAZADA_SELLER_KEY") ?? options.sellerKey ?? "default"
  const base = options.tokenStore ?? memoryTokenStore()
  const seed: TokenPair | null =
    accessToken && refreshToken
      ? {
          accessToken,
          refreshToken,
          // Real expiries are unknown: use the token until Lazada answers
          // IllegalAccessToken, then refresh (that answer carries the expiries).
          accessExpiresAt: Number.MAX_SAFE_INTEGER,
          refreshExpiresAt: null,
          authorisationExpiresAt: null,
        }
      : null
  return resolveLazadaConfig({
    ...options,
    baseUrl: optional(env, "LAZADA_API_BASE") ?? options.baseUrl ?? LAZADA_VN_API_BASE,
    authBaseUrl: optional(env, "LAZADA_AUTH_BASE") ?? options.authBaseUrl ?? LAZADA_AUTH_BASE,
    appKey: optional(env, "LAZADA_APP_KEY") ?? "",
    appSecret: optional(env, "LAZADA_APP_SECRET") ?? "",
    sellerKey,
    tokenStore: seed ? seededStore(base, lazadaTokenKey(sellerKey), seed) : base,
  })
}

/** A store that answers `seed` for `key` until a real pair has been saved there. */
function seededStore(store: TokenStore, key: string, seed: TokenPair): TokenStore {
  return {
    get: async (shopKey) => (await store.get(shopKey)) ?? (shopKey === key ? seed : null),
    save: (shopKey, pair) => store.save(shopKey, pair),
  }
}

function optional(env: Record<string, string | undefined>, name: string): string | undefined {
  const value = env[name]?.trim()
  return value ? value : undefined
}

function configError(message: string): ChannelError {
  return new ChannelError({ platform: "lazada", code: "config", message: `Lazada configuration: ${message}`, retryable: false })
}

function stripSlash(url: string): string {
  return url.replace(/\/+$/, "")
}
