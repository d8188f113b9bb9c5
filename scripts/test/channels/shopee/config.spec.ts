import { describe, expect, it } from "vitest"
import { ChannelError } from "../../../src/channels/core/errors"
import { memoryTokenStore } from "../../../src/channels/core/token-store"
import { SHOPEE_PRODUCTION_BASE, shopeeConfigFromEnv, shopeeTokenKey } from "../../../src/channels/shopee"

const FULL = {
  SHOPEE_PARTNER_ID: "2001887",
  SHOPEE_PARTNER_KEY: "super-secret-partner-key",
  SHOPEE_SHOP_ID: "14701711",
  SHOPEE_ACCESS_TOKEN: "access-secret-value",
  SHOPEE_REFRESH_TOKEN: "refresh-secret-value",
}

function failure(env: Record<string, string | undefined>): ChannelError {
  try {
    shopeeConfigFromEnv(env)
  } catch (error) {
    if (error instanceof ChannelError) return error
    throw error
  }
  throw new Error("expected shopeeConfigFromEnv to throw")
}

describe("shopeeConfigFromEnv", () => {
  it("reads every variable and defaults the host to production", async () => {
    const config = shopeeConfigFromEnv(FULL)
    expect(config.baseUrl).toBe(SHOPEE_PRODUCTION_BASE)
    expect(config.partnerId).toBe(2001887)
    expect(config.shopId).toBe(14701711)
    const pair = await config.tokenStore.get(shopeeTokenKey(14701711))
    expect(pair?.accessToken).toBe("access-secret-value")
    expect(pair?.refreshToken).toBe("refresh-secret-value")
  })

  it("takes SHOPEE_API_BASE without a trailing slash", () => {
    expect(shopeeConfigFromEnv({ ...FULL, SHOPEE_API_BASE: "http://127.0.0.1:9/" }).baseUrl).toBe("http://127.0.0.1:9")
  })

  it.each(["SHOPEE_PARTNER_ID", "SHOPEE_PARTNER_KEY", "SHOPEE_SHOP_ID", "SHOPEE_ACCESS_TOKEN", "SHOPEE_REFRESH_TOKEN"])("names a missing %s and prints no value", (name) => {
    const error = failure({ ...FULL, [name]: undefined })
    expect(error.code).toBe("config")
    expect(error.message).toContain(name)
    for (const value of Object.values(FULL)) expect(error.message).not.toContain(value)
  })

  it("rejects a non-numeric partner id without echoing it", () => {
    const error = failure({ ...FULL, SHOPEE_PARTNER_ID: "abc-secretish" })
    expect(error.message).toContain("SHOPEE_PARTNER_ID must be a positive integer")
    expect(error.message).not.toContain("abc-secretish")
  })

  it("with a persistent store, tokens are optional and the env pair only seeds an empty store", async () => {
    const key = shopeeTokenKey(14701711)
    const stored = { accessToken: "stored-a", refreshToken: "stored-r", accessExpiresAt: 1, refreshExpiresAt: null, authorisationExpiresAt: null }
    const config = shopeeConfigFromEnv(FULL, { tokenStore: memoryTokenStore({ [key]: stored }) })
    expect((await config.tokenStore.get(key))?.refreshToken).toBe("stored-r")
    const noTokens = shopeeConfigFromEnv({ ...FULL, SHOPEE_ACCESS_TOKEN: undefined, SHOPEE_REFRESH_TOKEN: undefined }, { tokenStore: memoryTokenStore() })
    expect(await noTokens.tokenStore.get(key)).toBeNull()
  })
})
