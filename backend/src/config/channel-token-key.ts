import { deriveTokenKey, parseTokenKey } from "../modules/channels/domain/token-cipher"
import type { BackendEnv } from "./env"

/** The development stand-in medusa-config.ts uses when JWT_SECRET is unset. */
export const DEVELOPMENT_JWT_SECRET = "ocop-development-jwt-secret"

/**
 * The key that seals marketplace tokens, base64, or null. CHANNEL_TOKEN_KEY
 * wins; outside production a key is derived from JWT_SECRET (or its
 * development default) like the other development secrets; in production
 * without CHANNEL_TOKEN_KEY there is no key and token writes are refused
 * with a message naming the variable, rather than tying tokens to the JWT
 * secret, whose rotation would make them unreadable.
 */
export function channelTokenKey(env: BackendEnv): string | null {
  if (env.CHANNEL_TOKEN_KEY) return parseTokenKey(env.CHANNEL_TOKEN_KEY)?.toString("base64") ?? null
  if (env.NODE_ENV === "production") return null
  return deriveTokenKey(env.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET).toString("base64")
}
