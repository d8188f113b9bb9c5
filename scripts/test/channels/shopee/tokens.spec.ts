import { afterEach, describe, expect, it } from "vitest"
import { ChannelError } from "../../../src/channels/core/errors"
import { memoryTokenStore, type TokenPair, type TokenStore } from "../../../src/channels/core/token-store"
import { startHarness, type Harness } from "./harness"

let h: Harness | null = null
afterEach(async () => {
  await h?.close()
  h = null
})

const HOUR = 3600_000
const DAY = 24 * HOUR

/** A store that records every save, to check the pair is persisted before use. */
function recordingStore(inner: TokenStore): TokenStore & { saves: TokenPair[] } {
  const saves: TokenPair[] = []
  return {
    saves,
    get: (key) => inner.get(key),
    save: async (key, pair) => {
      saves.push(pair)
      await inner.save(key, pair)
    },
  }
}

describe("Shopee token handling against the contract server", () => {
  it("refreshes ahead of time when the access token expires within 5 minutes, and persists the new pair", async () => {
    h = await startHarness()
    const { server, clock, key } = h
    const store = recordingStore(h.store)
    const client = h.newClient({ tokenStore: store })
    clock.advance(4 * HOUR - 4 * 60_000)

    await client.getCategories()

    expect(server.state.callsTo("auth/access_token/get")).toHaveLength(1)
    const latest = server.state.latestPair()
    expect(store.saves).toHaveLength(1)
    expect(store.saves[0]?.accessToken).toBe(latest?.accessToken)
    expect(store.saves[0]?.refreshToken).toBe(latest?.refreshToken)
    expect(store.saves[0]?.accessExpiresAt).toBe(clock.nowMs() + 4 * HOUR)
    expect(server.state.isRefreshTokenUsed(server.initialTokens.refreshToken)).toBe(true)
    // The category call itself went out with the new token.
    const category = server.state.callsTo("product/get_category")
    expect(category).toHaveLength(1)
    expect(category[0]?.error).toBe("")
    expect((await h.store.get(key))?.refreshToken).toBe(latest?.refreshToken)
  })

  it("refreshes once and retries when Shopee answers error_auth for a token it no longer accepts", async () => {
    h = await startHarness()
    h.server.state.expireAccessTokens()

    const categories = await h.client.getCategories()

    expect(categories.length).toBeGreaterThan(0)
    expect(h.server.state.callsTo("product/get_category").map((call) => call.error)).toEqual(["error_auth", ""])
    expect(h.server.state.callsTo("auth/access_token/get")).toHaveLength(1)
  })

  it("gives up after one refresh when the new token is refused too", async () => {
    h = await startHarness()
    const { server } = h
    // Every access token is refused, even freshly issued ones.
    server.state.accessTokenShop = () => null
    const error = await h.client.getCategories().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ChannelError)
    expect(error).toMatchObject({ code: "error_auth", retryable: false })
    expect(server.state.callsTo("auth/access_token/get")).toHaveLength(1)
    expect(server.state.callsTo("product/get_category")).toHaveLength(2)
  })

  it("two concurrent calls with an expired token make exactly one refresh", async () => {
    h = await startHarness()
    h.clock.advance(5 * HOUR)

    const [categories, channels] = await Promise.all([h.client.getCategories(), h.client.getChannelList()])

    expect(categories.length).toBeGreaterThan(0)
    expect(channels.length).toBeGreaterThan(0)
    expect(h.server.state.callsTo("auth/access_token/get")).toHaveLength(1)
    expect(h.server.state.refreshAttempts).toEqual([h.server.initialTokens.refreshToken])
  })

  it("two concurrent calls rejected with error_auth share one refresh", async () => {
    h = await startHarness()
    h.server.state.expireAccessTokens()

    await Promise.all([h.client.getCategories(), h.client.getChannelList(), h.client.getItemLimit(100631)])

    expect(h.server.state.callsTo("auth/access_token/get")).toHaveLength(1)
  })

  it("a call rejected after another call already refreshed uses the stored new pair instead of refreshing again", async () => {
    h = await startHarness()
    h.server.state.expireAccessTokens()
    // get_channel_list is held 300 ms, so its error_auth arrives after get_category's refresh has finished.
    h.server.faults.push("logistics/get_channel_list", { kind: "timeout", delayMs: 300, apply: true })

    await Promise.all([h.client.getCategories(), h.client.getChannelList()])

    expect(h.server.state.callsTo("logistics/get_channel_list").map((call) => call.error)).toEqual(["error_auth", ""])
    expect(h.server.state.callsTo("auth/access_token/get")).toHaveLength(1)
  })

  it("never presents a refresh token twice across successive refreshes", async () => {
    h = await startHarness()
    for (let round = 0; round < 3; round += 1) {
      h.clock.advance(4 * HOUR)
      await h.client.getCategories()
    }
    const attempts = h.server.state.refreshAttempts
    expect(attempts).toHaveLength(3)
    expect(new Set(attempts).size).toBe(3)
    expect((await h.store.get(h.key))?.refreshToken).toBe(h.server.state.latestPair()?.refreshToken)
  })

  it("the server refuses a reused refresh token, and the client says the seller must authorise again", async () => {
    h = await startHarness()
    const stale = await h.store.get(h.key)
    if (!stale) throw new Error("harness stored no pair")
    await h.client.refreshAccessToken()
    // A second process still holding the old pair (e.g. a copy of the token file).
    const other = h.newClient({ tokenStore: memoryTokenStore({ [h.key]: { ...stale, accessExpiresAt: 0 } }) })
    const error = await other.getCategories().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ChannelError)
    expect(error).toMatchObject({ code: "error_param", retryable: false })
    expect((error as ChannelError).message).toContain("authorise the app again")
    expect((error as ChannelError).requestId).toMatch(/^[0-9a-f]{32}$/)
  })

  it("exchanges an authorisation code once; a second use is refused", async () => {
    h = await startHarness()
    const code = h.server.state.issueAuthCode()
    const fresh = memoryTokenStore()
    const client = h.newClient({ tokenStore: fresh })
    const pair = await client.exchangeAuthCode(code)
    expect(pair.accessToken).toBe(h.server.state.latestPair()?.accessToken)
    expect((await fresh.get(h.key))?.refreshToken).toBe(pair.refreshToken)
    await expect(client.exchangeAuthCode(code)).rejects.toMatchObject({ code: "error_auth", retryable: false })
    // The code never reaches a log line.
    expect(h.logger.lines.join("\n")).not.toContain(code)
  })

  it("fails clearly when no pair is stored", async () => {
    h = await startHarness()
    const client = h.newClient({ tokenStore: memoryTokenStore() })
    await expect(client.getCategories()).rejects.toMatchObject({ code: "no_token", retryable: false })
    expect(h.server.state.calls).toHaveLength(0)
  })

  it("warns when the authorisation ends within 14 days, from get_shop_info expire_time", async () => {
    h = await startHarness({ server: { authorisationExpiresAtMs: Date.UTC(2025, 5, 1) + 10 * DAY } })
    expect(await h.client.authorisationWarning()).toBeNull()
    const info = await h.client.getShopInfo()
    expect(info.region).toBe("VN")
    const warning = await h.client.authorisationWarning()
    expect(warning).toContain("2025-06-11")
    expect(warning).toContain("in 10 days")
    await h.client.getCategories()
    expect(h.logger.lines.filter((line) => line.startsWith("warn") && line.includes("authorise the app again"))).toHaveLength(1)
  })

  it("does not warn when the authorisation has months left", async () => {
    h = await startHarness({ pair: { authorisationExpiresAt: Date.UTC(2025, 5, 1) + 200 * DAY } })
    expect(await h.client.authorisationWarning()).toBeNull()
    h.clock.advance(190 * DAY)
    expect(await h.client.authorisationWarning()).toContain("in 10 days")
  })
})
