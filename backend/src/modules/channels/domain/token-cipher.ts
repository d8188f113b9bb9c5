import crypto from "node:crypto"

/**
 * Marketplace tokens at rest: AES-256-GCM with a random 96-bit IV per value.
 * Stored as `v1.<iv>.<tag>.<ciphertext>` (base64url), so a later key or
 * algorithm can be told apart by its prefix.
 */
const VERSION = "v1"
const ALGORITHM = "aes-256-gcm"
const KEY_BYTES = 32

export type TokenCipher = {
  seal(plaintext: string): string
  open(sealed: string): string
}

/** A 32-byte key written as 64 hex digits or base64; null when it is neither. */
export function parseTokenKey(value: string): Buffer | null {
  const text = value.trim()
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, "hex")
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return null
  const bytes = Buffer.from(text.replace(/-/g, "+").replace(/_/g, "/"), "base64")
  return bytes.length === KEY_BYTES ? bytes : null
}

/**
 * A key derived from another secret (HKDF-SHA256). Only for development and
 * tests, where JWT_SECRET (or its development default) stands in for a real key.
 */
export function deriveTokenKey(secret: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", secret, "ocop-channels", "channel-token-key/v1", KEY_BYTES))
}

export function createTokenCipher(key: Buffer): TokenCipher {
  if (key.length !== KEY_BYTES) throw new Error(`channel token key must be ${KEY_BYTES} bytes, got ${key.length}`)
  return {
    seal(plaintext) {
      const iv = crypto.randomBytes(12)
      const cipher = crypto.createCipheriv(ALGORITHM, key, iv)
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()])
      const tag = cipher.getAuthTag()
      return [VERSION, iv.toString("base64url"), tag.toString("base64url"), body.toString("base64url")].join(".")
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split(".")
      if (version !== VERSION || !iv || !tag || body === undefined) throw new Error("not a sealed channel token")
      const decipher = crypto.createDecipheriv(ALGORITHM, key, Buffer.from(iv, "base64url"))
      decipher.setAuthTag(Buffer.from(tag, "base64url"))
      return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8")
    },
  }
}
