import type { TokenPair, TokenStore } from "@ocop/scripts/channels"

/** Token fields of an account, opened (plain text) for the platform client. */
export type AccountTokens = {
  access_token: string
  refresh_token: string
  access_expires_at: Date | null
  refresh_expires_at: Date | null
  authorisation_expires_at: Date | null
}

/** What is written back on the account after a refresh (plain tokens: the update workflow seals them). */
export type RefreshedTokens = {
  access_token: string
  refresh_token: string
  access_expires_at: string
  refresh_expires_at: string | null
  authorisation_expires_at: string | null
}

/**
 * When the account does not say when its access token ends: Shopee's last
 * four hours (an error_auth answer refreshes it early), Lazada's "until
 * refused" (an IllegalAccessToken answer refreshes it).
 */
const UNKNOWN_ACCESS_EXPIRY = { shopee: () => Date.now() + 4 * 3600_000, lazada: () => Number.MAX_SAFE_INTEGER }

export function tokenPairOf(tokens: AccountTokens, platform: "shopee" | "lazada"): TokenPair {
  return {
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    accessExpiresAt: tokens.access_expires_at?.getTime() ?? UNKNOWN_ACCESS_EXPIRY[platform](),
    refreshExpiresAt: tokens.refresh_expires_at?.getTime() ?? null,
    authorisationExpiresAt: tokens.authorisation_expires_at?.getTime() ?? null,
  }
}

const iso = (ms: number | null): string | null => (ms === null || ms >= Number.MAX_SAFE_INTEGER ? null : new Date(ms).toISOString())

export function refreshedTokensOf(pair: TokenPair): RefreshedTokens {
  return {
    access_token: pair.accessToken,
    refresh_token: pair.refreshToken,
    access_expires_at: iso(pair.accessExpiresAt) ?? new Date(Date.now() + 3600_000).toISOString(),
    refresh_expires_at: iso(pair.refreshExpiresAt),
    authorisation_expires_at: iso(pair.authorisationExpiresAt),
  }
}

/**
 * The client's token store for one account: the pair opened from the
 * account, and every pair the client saves (a refresh, the authorisation
 * end) written back on the account before the client uses it. Shopee's
 * refresh token is single use: once spent, the new pair must survive this
 * process, so `persist` is awaited and its failure fails the call.
 */
export function accountTokenStore(key: string, initial: TokenPair, persist: (pair: TokenPair) => Promise<void>): TokenStore & { refreshed(): boolean } {
  let current = initial
  let changed = false
  return {
    get: async (shopKey) => (shopKey === key ? current : null),
    save: async (shopKey, pair) => {
      if (shopKey !== key) return
      // Kept in memory first: even if the write fails, this run goes on with the live pair.
      current = pair
      changed = true
      await persist(pair)
    },
    refreshed: () => changed,
  }
}
