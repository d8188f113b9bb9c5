import fs from "node:fs"
import path from "node:path"

/** One shop's tokens. Times are Unix milliseconds. */
export type TokenPair = {
  accessToken: string
  refreshToken: string
  accessExpiresAt: number
  refreshExpiresAt: number | null
  /** When the seller's authorisation itself ends (Shopee: up to 365 days). */
  authorisationExpiresAt: number | null
}

/**
 * Where token pairs live. `save` must be atomic: Shopee's refresh token is
 * single use, so losing the new pair after a refresh locks the shop out until
 * the seller authorises again.
 */
export type TokenStore = {
  get(shopKey: string): Promise<TokenPair | null>
  save(shopKey: string, pair: TokenPair): Promise<void>
}

export function memoryTokenStore(initial: Record<string, TokenPair> = {}): TokenStore {
  const pairs = new Map(Object.entries(initial))
  return {
    get: async (key) => pairs.get(key) ?? null,
    save: async (key, pair) => {
      pairs.set(key, pair)
    },
  }
}

/** A JSON file of pairs, written to a temporary file and renamed over the old one (atomic on one filesystem). */
export function fileTokenStore(file: string): TokenStore {
  const read = (): Record<string, TokenPair> => {
    try {
      return JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, TokenPair>
    } catch {
      return {}
    }
  }
  return {
    get: async (key) => read()[key] ?? null,
    save: async (key, pair) => {
      const all = read()
      all[key] = pair
      fs.mkdirSync(path.dirname(file), { recursive: true })
      const temporary = `${file}.${process.pid}.tmp`
      fs.writeFileSync(temporary, JSON.stringify(all, null, 2), { mode: 0o600 })
      fs.renameSync(temporary, file)
    },
  }
}
