import { describe, expect, it } from "vitest"
import { accountTokenStore, refreshedTokensOf, tokenPairOf } from "../account-token-store"

describe("account token store", () => {
  const pair = tokenPairOf(
    { access_token: "a1", refresh_token: "r1", access_expires_at: new Date("2026-12-01T00:00:00Z"), refresh_expires_at: null, authorisation_expires_at: null },
    "shopee"
  )

  it("answers the account's pair, and persists a refreshed one before it is used", async () => {
    const persisted: string[] = []
    const store = accountTokenStore("shopee:1", pair, async (next) => {
      persisted.push(next.refreshToken)
    })
    expect(await store.get("shopee:1")).toBe(pair)
    expect(await store.get("shopee:2")).toBeNull()
    expect(store.refreshed()).toBe(false)
    await store.save("shopee:1", { ...pair, accessToken: "a2", refreshToken: "r2" })
    expect(persisted).toEqual(["r2"])
    expect((await store.get("shopee:1"))?.accessToken).toBe("a2")
    expect(store.refreshed()).toBe(true)
  })

  it("keeps the live pair in memory when writing it back fails", async () => {
    const store = accountTokenStore("shopee:1", pair, async () => {
      throw new Error("database down")
    })
    await expect(store.save("shopee:1", { ...pair, refreshToken: "r2" })).rejects.toThrow("database down")
    expect((await store.get("shopee:1"))?.refreshToken).toBe("r2")
  })

  it("writes dates back as ISO, unknown ends as null", () => {
    expect(refreshedTokensOf({ ...pair, refreshExpiresAt: null, authorisationExpiresAt: Number.MAX_SAFE_INTEGER })).toMatchObject({
      access_token: "a1",
      access_expires_at: "2026-12-01T00:00:00.000Z",
      refresh_expires_at: null,
      authorisation_expires_at: null,
    })
  })
})
