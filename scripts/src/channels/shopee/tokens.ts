import { ChannelError } from "../core/errors"
import { SingleFlight } from "../core/single-flight"
import type { TokenPair } from "../core/token-store"
import { shopeeTokenKey, type ShopeeConfig } from "./config"
import type { ShopeeEnvelope } from "./envelope"
import type { ShopeeTransport } from "./transport"

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
/** Refresh ahead of expiry so a call never starts with a token about to die. */
export const REFRESH_MARGIN_MS = 5 * MINUTE
/** Documented refresh-token lifetime (30 days). */
const REFRESH_LIFETIME_MS = 30 * DAY
/** Warn this long before the seller's authorisation (up to 365 days) ends. */
export const AUTHORISATION_WARNING_MS = 14 * DAY

export const REFRESH_PATH = "/api/v2/auth/access_token/get"
export const TOKEN_PATH = "/api/v2/auth/token/get"

/**
 * A shop's token pair. Shopee's refresh token is single use and every
 * refresh returns a new pair, so: one refresh at a time per shop
 * (SingleFlight), the new pair is saved before anyone uses it, and a caller
 * whose token went stale while another refreshed gets the stored new pair
 * instead of spending the refresh token again.
 */
export class ShopeeTokens {
  private readonly flights = new SingleFlight<TokenPair>()
  private readonly key: string

  constructor(
    private readonly config: ShopeeConfig,
    private readonly transport: ShopeeTransport,
  ) {
    this.key = shopeeTokenKey(config.shopId)
  }

  /** A pair whose access token is good for at least five more minutes. */
  async current(): Promise<TokenPair> {
    const pair = await this.stored()
    if (pair.accessExpiresAt - this.config.clock.nowMs() > REFRESH_MARGIN_MS) return pair
    return this.refresh(pair.accessToken)
  }

  /**
   * Refreshes unless the store already holds a newer, still-good pair than
   * the `stale` access token the caller saw rejected or expiring.
   */
  refresh(stale: string): Promise<TokenPair> {
    return this.flights.run(this.key, async () => {
      const pair = await this.stored()
      const fresh = pair.accessExpiresAt - this.config.clock.nowMs() > REFRESH_MARGIN_MS
      if (pair.accessToken !== stale && fresh) return pair
      let envelope: ShopeeEnvelope
      try {
        envelope = await this.transport.call(
          { method: "POST", path: REFRESH_PATH, json: { shop_id: this.config.shopId, refresh_token: pair.refreshToken, partner_id: this.config.partnerId }, idempotent: true },
          { kind: "public" },
          [pair.refreshToken, pair.accessToken],
        )
      } catch (error) {
        throw this.refreshFailed(error)
      }
      const next = this.pairFrom(envelope, pair.authorisationExpiresAt)
      // Persist before use: the old refresh token is spent now.
      await this.config.tokenStore.save(this.key, next)
      this.config.logger.info(`shopee: access token refreshed for shop ${this.config.shopId} (request_id=${envelope.requestId ?? "-"})`)
      return next
    })
  }

  /** auth/token/get: exchanges the one-time authorisation `code` (valid 10 minutes) for a pair, and stores it. */
  async exchangeCode(code: string, authorisationExpiresAt: number | null = null): Promise<TokenPair> {
    const envelope = await this.transport.call(
      { method: "POST", path: TOKEN_PATH, json: { code, shop_id: this.config.shopId, partner_id: this.config.partnerId }, idempotent: true },
      { kind: "public" },
      [code],
    )
    const pair = this.pairFrom(envelope, authorisationExpiresAt)
    await this.config.tokenStore.save(this.key, pair)
    return pair
  }

  /** Records when the seller's authorisation ends (from shop/get_shop_info `expire_time`). */
  async setAuthorisationExpiry(expiresAtMs: number): Promise<void> {
    const pair = await this.stored()
    if (pair.authorisationExpiresAt === expiresAtMs) return
    await this.config.tokenStore.save(this.key, { ...pair, authorisationExpiresAt: expiresAtMs })
  }

  /** A sentence for the operator when the authorisation ends within 14 days (or has ended); null otherwise. */
  async authorisationWarning(): Promise<string | null> {
    const pair = await this.config.tokenStore.get(this.key)
    const end = pair?.authorisationExpiresAt
    if (end === null || end === undefined) return null
    const left = end - this.config.clock.nowMs()
    if (left > AUTHORISATION_WARNING_MS) return null
    const date = new Date(end).toISOString().slice(0, 10)
    if (left <= 0) return `Shopee authorisation for shop ${this.config.shopId} ended on ${date}: the seller must authorise the app again`
    return `Shopee authorisation for shop ${this.config.shopId} ends on ${date} (in ${Math.ceil(left / DAY)} days): ask the seller to authorise the app again`
  }

  private async stored(): Promise<TokenPair> {
    const pair = await this.config.tokenStore.get(this.key)
    if (!pair) {
      throw new ChannelError({
        platform: "shopee",
        code: "no_token",
        message: `No Shopee token pair stored for shop ${this.config.shopId}: authorise the shop (auth/token/get) or set SHOPEE_ACCESS_TOKEN and SHOPEE_REFRESH_TOKEN`,
        retryable: false,
      })
    }
    return pair
  }

  private pairFrom(envelope: ShopeeEnvelope, authorisationExpiresAt: number | null): TokenPair {
    const { access_token: accessToken, refresh_token: refreshToken, expire_in: expireIn } = envelope.body
    if (typeof accessToken !== "string" || typeof refreshToken !== "string" || typeof expireIn !== "number") {
      throw new ChannelError({ platform: "shopee", code: "bad_response", message: "Shopee token answer lacks access_token, refresh_token or expire_in", retryable: false, requestId: envelope.requestId })
    }
    const now = this.config.clock.nowMs()
    return { accessToken, refreshToken, accessExpiresAt: now + expireIn * 1000, refreshExpiresAt: now + REFRESH_LIFETIME_MS, authorisationExpiresAt }
  }

  private refreshFailed(error: unknown): unknown {
    if (!(error instanceof ChannelError) || error.retryable) return error
    return new ChannelError({
      platform: "shopee",
      code: error.code,
      message: `${error.message}. The token refresh failed: if the refresh token was already used or has expired, the seller must authorise the app again`,
      retryable: false,
      field: error.field,
      requestId: error.requestId,
      httpStatus: error.httpStatus,
    })
  }
}
