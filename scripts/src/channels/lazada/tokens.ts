import { ChannelError } from "../core/errors"
import { SingleFlight } from "../core/single-flight"
import type { TokenPair } from "../core/token-store"
import { AUTHORISATION_WARNING_MS, lazadaTokenKey, type LazadaConfig } from "./config"
import { LazadaApiError } from "./errors"
import { asNumber, asString } from "./parse"
import { sendLazada } from "./transport"

export type LazadaAuthorisationWarning = {
  sellerKey: string
  /** Unix ms when the refresh token (and with it the authorisation) ends. */
  endsAt: number
  daysLeft: number
  message: string
}

/**
 * A seller's token pair: read from the store, refreshed before the access
 * token expires and once when Lazada rejects it, and saved (atomically, by
 * the store) before it is used. One refresh at a time per seller: two
 * concurrent refreshes would spend the same refresh token and the loser's
 * answer would overwrite the winner's pair.
 *
 * Lazada does not extend the refresh token when it is used ("the duration of
 * the refresh token will not be reset"), so its end is the end of the
 * seller's authorisation: after it the seller must authorise the app again.
 */
export class LazadaTokens {
  private readonly flight = new SingleFlight<TokenPair>()
  private readonly key: string
  private warnedFor: number | null = null

  constructor(private readonly config: LazadaConfig) {
    this.key = lazadaTokenKey(config.sellerKey)
  }

  /** An access token good for at least the refresh margin, refreshing first when needed. */
  async accessToken(): Promise<string> {
    const pair = await this.current()
    const now = this.config.clock.nowMs()
    this.warnIfEnding(pair)
    if (pair.accessExpiresAt - now > this.config.refreshMarginMs) return pair.accessToken
    if (!this.canRefresh(pair, now)) {
      // Nothing to refresh with: use what is left of the access token, or stop.
      if (pair.accessExpiresAt > now) return pair.accessToken
      throw reauthorise(this.config.sellerKey)
    }
    return (await this.refresh(pair.accessToken)).accessToken
  }

  /**
   * Refreshes the pair. `rejected` is the access token Lazada just refused:
   * when the stored pair already carries another one, a concurrent call has
   * refreshed in the meantime and that pair is used instead of spending the
   * refresh token again.
   */
  refresh(rejected?: string): Promise<TokenPair> {
    return this.flight.run(this.key, async () => {
      const pair = await this.current()
      const now = this.config.clock.nowMs()
      if (rejected !== undefined && pair.accessToken !== rejected && pair.accessExpiresAt > now) return pair
      if (!this.canRefresh(pair, now)) throw reauthorise(this.config.sellerKey)
      let body: Record<string, unknown>
      try {
        body = await sendLazada(this.config, { path: "/auth/token/refresh", method: "POST", host: "auth", params: { refresh_token: pair.refreshToken } }, null)
      } catch (error) {
        if (error instanceof LazadaApiError && error.code === "IllegalRefreshToken") throw reauthorise(this.config.sellerKey, error.requestId)
        throw error
      }
      const next = pairFromTokenAnswer(body, now)
      await this.config.tokenStore.save(this.key, next)
      this.config.logger.info(`lazada tokens refreshed for seller ${this.config.sellerKey}; access until ${iso(next.accessExpiresAt)}, authorisation until ${iso(next.refreshExpiresAt)}`)
      this.warnIfEnding(next)
      return next
    })
  }

  /** Exchanges an authorisation code (single use, valid 30 minutes) for a first pair and stores it. */
  async createFromCode(code: string): Promise<TokenPair> {
    const now = this.config.clock.nowMs()
    const body = await sendLazada(this.config, { path: "/auth/token/create", method: "POST", host: "auth", params: { code } }, null)
    const pair = pairFromTokenAnswer(body, now)
    await this.config.tokenStore.save(this.key, pair)
    this.config.logger.info(`lazada tokens created for seller ${this.config.sellerKey}; authorisation until ${iso(pair.refreshExpiresAt)}`)
    return pair
  }

  /** Set when the authorisation ends within 14 days (or has ended); null when fine or unknown. */
  async authorisationWarning(): Promise<LazadaAuthorisationWarning | null> {
    const pair = await this.config.tokenStore.get(this.key)
    return pair ? this.warningFor(pair) : null
  }

  private warningFor(pair: TokenPair): LazadaAuthorisationWarning | null {
    const endsAt = pair.authorisationExpiresAt ?? pair.refreshExpiresAt
    if (endsAt === null) return null
    const left = endsAt - this.config.clock.nowMs()
    if (left > AUTHORISATION_WARNING_MS) return null
    const daysLeft = Math.max(0, Math.floor(left / 86_400_000))
    const message =
      left <= 0
        ? `Lazada authorisation for seller ${this.config.sellerKey} ended on ${iso(endsAt)}: the seller must authorise the app again`
        : `Lazada authorisation for seller ${this.config.sellerKey} ends on ${iso(endsAt)} (${daysLeft} days): ask the seller to authorise the app again before then (refreshing does not extend it)`
    return { sellerKey: this.config.sellerKey, endsAt, daysLeft, message }
  }

  private warnIfEnding(pair: TokenPair): void {
    const warning = this.warningFor(pair)
    if (!warning || this.warnedFor === warning.endsAt) return
    this.warnedFor = warning.endsAt
    this.config.logger.warn(warning.message)
  }

  private canRefresh(pair: TokenPair, now: number): boolean {
    return pair.refreshToken !== "" && (pair.refreshExpiresAt === null || pair.refreshExpiresAt > now)
  }

  private async current(): Promise<TokenPair> {
    const pair = await this.config.tokenStore.get(this.key)
    if (!pair) {
      throw new ChannelError({ platform: "lazada", code: "no_tokens", message: `Lazada: no tokens stored for seller ${this.config.sellerKey}; authorise the app and create tokens from the code first`, retryable: false })
    }
    return pair
  }
}

/**
 * /auth/token/create and /auth/token/refresh answer at the top level:
 * `{access_token, refresh_token, expires_in, refresh_expires_in, country,
 * account, country_user_info, code, request_id}`, lifetimes in seconds.
 * `refresh_expires_in` 0 means the token cannot be refreshed: the
 * authorisation then ends with the access token.
 */
export function pairFromTokenAnswer(body: Record<string, unknown>, now: number): TokenPair {
  const accessToken = asString(body.access_token)
  const refreshToken = asString(body.refresh_token) ?? ""
  const expiresIn = asNumber(body.expires_in)
  const refreshExpiresIn = asNumber(body.refresh_expires_in) ?? 0
  if (!accessToken || expiresIn === null) {
    throw new ChannelError({ platform: "lazada", code: "invalid_response", message: "Lazada token answer lacks access_token or expires_in", retryable: false, requestId: asString(body.request_id) })
  }
  const accessExpiresAt = now + expiresIn * 1000
  const refreshExpiresAt = refreshExpiresIn > 0 ? now + refreshExpiresIn * 1000 : now
  return {
    accessToken,
    refreshToken,
    accessExpiresAt,
    refreshExpiresAt,
    authorisationExpiresAt: refreshExpiresIn > 0 ? refreshExpiresAt : accessExpiresAt,
  }
}

function reauthorise(sellerKey: string, requestId: string | null = null): ChannelError {
  return new ChannelError({
    platform: "lazada",
    code: "IllegalRefreshToken",
    message: `Lazada refresh token for seller ${sellerKey} is invalid or expired: the seller must authorise the app again`,
    retryable: false,
    requestId,
  })
}

function iso(ms: number | null): string {
  return ms === null || ms >= Number.MAX_SAFE_INTEGER ? "unknown" : new Date(ms).toISOString()
}
