import { describe, expect, it } from "vitest"
import { channelPlatformSettings } from "../channel-platforms"
import { EnvError, parseEnv } from "../env"

describe("parseEnv", () => {
  it("gives the embedded defaults when nothing is set", () => {
    const env = parseEnv({})
    expect(env.REDIS_URL).toBeUndefined()
    expect(env.MEDUSA_WORKER_MODE).toBe("shared")
    expect(env.ADMIN_DISABLED).toBe(false)
    expect(env.STORE_CORS).toBe("http://localhost:8000")
  })

  it("treats empty strings as unset, as docker-compose passes them", () => {
    expect(parseEnv({ REDIS_URL: "", MEILISEARCH_HOST: "  " }).REDIS_URL).toBeUndefined()
  })

  it("accepts a Redis URL and the worker modes", () => {
    const env = parseEnv({ REDIS_URL: "redis://localhost:6379", MEDUSA_WORKER_MODE: "worker" })
    expect(env.REDIS_URL).toBe("redis://localhost:6379")
    expect(env.MEDUSA_WORKER_MODE).toBe("worker")
  })

  it("names the variable when REDIS_URL is malformed, without echoing its value", () => {
    let caught: unknown
    try {
      parseEnv({ REDIS_URL: "localhost:6379-secret" })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(EnvError)
    const message = (caught as EnvError).message
    expect(message).toContain("REDIS_URL")
    expect(message).not.toContain("secret")
  })

  it("rejects an unknown worker mode and a non-Stripe key", () => {
    expect(() => parseEnv({ MEDUSA_WORKER_MODE: "both" })).toThrow(/MEDUSA_WORKER_MODE/)
    expect(() => parseEnv({ STRIPE_API_KEY: "pk_test_123" })).toThrow(/STRIPE_API_KEY/)
  })

  it("accepts STRIPE_API_BASE as a bare origin, never with a live key", () => {
    expect(parseEnv({ STRIPE_API_BASE: "http://127.0.0.1:12111" }).STRIPE_API_BASE).toBe("http://127.0.0.1:12111")
    expect(() => parseEnv({ STRIPE_API_BASE: "127.0.0.1:12111" })).toThrow(/STRIPE_API_BASE/)
    expect(() => parseEnv({ STRIPE_API_BASE: "http://127.0.0.1:12111/v1" })).toThrow(/bare origin/)
    expect(() => parseEnv({ STRIPE_API_BASE: "http://localhost:1", STRIPE_API_KEY: "sk_live_123" })).toThrow(/live key/)
  })

  it("requires real secrets in production but not while building", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/JWT_SECRET[\s\S]*COOKIE_SECRET/)
    expect(() => parseEnv({ NODE_ENV: "production" }, { building: true })).not.toThrow()
    expect(() =>
      parseEnv({ NODE_ENV: "production", JWT_SECRET: "x".repeat(32), COOKIE_SECRET: "y".repeat(32) })
    ).not.toThrow()
  })

  it("reads ADMIN_DISABLED as a boolean", () => {
    expect(parseEnv({ ADMIN_DISABLED: "true" }).ADMIN_DISABLED).toBe(true)
    expect(parseEnv({ ADMIN_DISABLED: "0" }).ADMIN_DISABLED).toBe(false)
    expect(() => parseEnv({ ADMIN_DISABLED: "yes" })).toThrow(/ADMIN_DISABLED/)
  })

  it("takes the marketplace apps the backend pushes with as pairs, never echoing a value", () => {
    const shopee = { SHOPEE_PARTNER_ID: "2001887", SHOPEE_PARTNER_KEY: "secret-partner-key" }
    expect(channelPlatformSettings(parseEnv(shopee)).shopee).toEqual({ partner_id: 2001887, partner_key: "secret-partner-key", api_base: null })
    expect(channelPlatformSettings(parseEnv({})).shopee).toBeNull()
    expect(() => parseEnv({ SHOPEE_PARTNER_ID: "2001887" })).toThrow(/SHOPEE_PARTNER_KEY/)
    expect(() => parseEnv({ ...shopee, SHOPEE_PARTNER_ID: "abc" })).toThrow(/SHOPEE_PARTNER_ID/)
    expect(() => parseEnv({ LAZADA_APP_SECRET: "secret-app-secret" })).toThrow(/LAZADA_APP_KEY/)
    try {
      parseEnv({ LAZADA_APP_SECRET: "secret-app-secret" })
    } catch (error) {
      expect(String(error)).not.toContain("secret-app-secret")
    }
  })
})
