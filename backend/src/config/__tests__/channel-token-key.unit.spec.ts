import { describe, expect, it } from "vitest"
import { createTokenCipher } from "../../modules/channels/domain/token-cipher"
import { channelTokenKey } from "../channel-token-key"
import { parseEnv } from "../env"

const HEX_KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"

describe("CHANNEL_TOKEN_KEY", () => {
  it("accepts 32 bytes as hex or base64 and refuses anything else without echoing it", () => {
    expect(channelTokenKey(parseEnv({ CHANNEL_TOKEN_KEY: HEX_KEY }))).toBe(Buffer.from(HEX_KEY, "hex").toString("base64"))
    const base64 = Buffer.alloc(32, 7).toString("base64")
    expect(channelTokenKey(parseEnv({ CHANNEL_TOKEN_KEY: base64 }))).toBe(base64)
    expect(() => parseEnv({ CHANNEL_TOKEN_KEY: "too-short-secret" })).toThrow(/CHANNEL_TOKEN_KEY: must be 32 bytes/)
    try {
      parseEnv({ CHANNEL_TOKEN_KEY: "too-short-secret" })
    } catch (error) {
      expect((error as Error).message).not.toContain("too-short-secret")
    }
  })

  it("derives a stable development key from JWT_SECRET, a different one per secret", () => {
    const a = channelTokenKey(parseEnv({}))
    expect(a).toBe(channelTokenKey(parseEnv({})))
    expect(Buffer.from(a ?? "", "base64")).toHaveLength(32)
    expect(channelTokenKey(parseEnv({ JWT_SECRET: "another-secret-of-16+" }))).not.toBe(a)
  })

  it("has no key in production unless one is set (token writes are refused, the shop still starts)", () => {
    const production = { NODE_ENV: "production", JWT_SECRET: "x".repeat(32), COOKIE_SECRET: "y".repeat(32) }
    expect(channelTokenKey(parseEnv(production))).toBeNull()
    expect(channelTokenKey(parseEnv({ ...production, CHANNEL_TOKEN_KEY: HEX_KEY }))).not.toBeNull()
  })

  it("gives a key the cipher accepts", () => {
    const cipher = createTokenCipher(Buffer.from(channelTokenKey(parseEnv({})) ?? "", "base64"))
    expect(cipher.open(cipher.seal("shpk-access-token"))).toBe("shpk-access-token")
  })
})
