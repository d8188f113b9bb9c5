import { describe, expect, it } from "vitest"
import { createTokenCipher, deriveTokenKey, parseTokenKey } from "../domain/token-cipher"

const cipher = createTokenCipher(deriveTokenKey("test-secret"))

describe("token cipher (AES-256-GCM)", () => {
  it("round-trips, with a fresh IV each time and no plaintext in the sealed value", () => {
    const first = cipher.seal("59777174636562737266615546704c6d")
    const second = cipher.seal("59777174636562737266615546704c6d")
    expect(first).not.toBe(second)
    expect(first.startsWith("v1.")).toBe(true)
    expect(first).not.toContain("59777174636562737266615546704c6d")
    expect(cipher.open(first)).toBe("59777174636562737266615546704c6d")
    expect(cipher.open(cipher.seal(""))).toBe("")
  })

  it("refuses a tampered value and another key", () => {
    const sealed = cipher.seal("refresh-token")
    const [version, iv, tag, body] = sealed.split(".")
    const flipped = Buffer.from(body, "base64url")
    flipped[0] ^= 1
    expect(() => cipher.open([version, iv, tag, flipped.toString("base64url")].join("."))).toThrow()
    expect(() => createTokenCipher(deriveTokenKey("other")).open(sealed)).toThrow()
    expect(() => cipher.open("plain-token")).toThrow(/not a sealed/)
  })

  it("parses 32-byte keys only", () => {
    expect(parseTokenKey("ab".repeat(32))).toHaveLength(32)
    expect(parseTokenKey(Buffer.alloc(32, 1).toString("base64"))).toHaveLength(32)
    expect(parseTokenKey(Buffer.alloc(32, 1).toString("base64url"))).toHaveLength(32)
    expect(parseTokenKey(Buffer.alloc(16, 1).toString("base64"))).toBeNull()
    expect(parseTokenKey("not a key!")).toBeNull()
  })
})
