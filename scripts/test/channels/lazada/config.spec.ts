import { describe, expect, it } from "vitest"
import { ChannelError } from "../../../src/channels/core/errors"
import { memoryTokenStore } from "../../../src/channels/core/token-store"
import { LAZADA_AUTH_BASE, LAZADA_VN_API_BASE, lazadaConfigFromEnv, lazadaTokenKey } from "../../../src/channels/lazada"

const FULL = {
  LAZADA_APP_KEY: "123456",
  LAZADA_APP_SECRET: "s3cr3t-value",
  LAZADA_ACCESS_TOKEN: "access-value",
  LAZADA_REFRESH_TOKEN: "refresh-value",
}

function configError(env: Record<string, string | undefined>): ChannelError {
  try {
    lazadaConfigFromEnv(env)
  } catch (error) {
    if (error instanceof ChannelError) return error
    throw error
  }
  throw new Error("expected a configuration error")
}

describe("lazadaConfigFromEnv", () => {
  it("defaults to the Vietnam API host and the shared auth host", async () => {
    const config = lazadaConfigFromEnv(FULL)
    expect(config.baseUrl).toBe(LAZADA_VN_API_BASE)
    expect(config.authBaseUrl).toBe(LAZADA_AUTH_BASE)
    const pair = await config.tokenStore.get(lazadaTokenKey("default"))
    expect(pair?.accessToken).toBe("access-value")
  })

  it("takes LAZADA_API_BASE and LAZADA_AUTH_BASE (trailing slash removed)", () => {
    const config = lazadaConfigFromEnv({ ...FULL, LAZADA_API_BASE: "http://127.0.0.1:9/rest/", LAZADA_AUTH_BASE: "http://127.0.0.1:9/auth/rest" })
    expect(config.baseUrl).toBe("http://127.0.0.1:9/rest")
    expect(config.authBaseUrl).toBe("http://127.0.0.1:9/auth/rest")
  })

  it("names every missing variable and never prints a value", () => {
    const error = configError({ LAZADA_APP_KEY: "123456", LAZADA_ACCESS_TOKEN: "access-value" })
    expect(error.code).toBe("config")
    expect(error.message).toContain("LAZADA_APP_SECRET")
    expect(error.message).toContain("LAZADA_REFRESH_TOKEN")
    expect(error.message).not.toContain("LAZADA_APP_KEY")
    expect(error.message).not.toContain("access-value")
    expect(error.message).not.toContain("123456")
    expect(error.retryable).toBe(false)
  })

  it("treats blank values as missing", () => {
    expect(configError({ ...FULL, LAZADA_APP_SECRET: "  " }).message).toContain("LAZADA_APP_SECRET")
  })

  it("lets a persistent store stand in for the token variables", async () => {
    const store = memoryTokenStore()
    const config = lazadaConfigFromEnv({ LAZADA_APP_KEY: "1", LAZADA_APP_SECRET: "2" }, { tokenStore: store })
    expect(await config.tokenStore.get(lazadaTokenKey("default"))).toBeNull()
  })

  it("refuses one token without the other", () => {
    expect(configError({ LAZADA_APP_KEY: "1", LAZADA_APP_SECRET: "2", LAZADA_ACCESS_TOKEN: "x" }).message).toContain("LAZADA_REFRESH_TOKEN")
  })
})
