import { afterEach, describe, expect, it } from "vitest"
import { ChannelError } from "../../../src/channels/core/errors"
import { LazadaClient, lazadaConfigFromEnv, lazadaTokenKey } from "../../../src/channels/lazada"
import { startHarness, type Harness } from "./harness"

const DAY = 86_400_000
let h: Harness
afterEach(() => h.close())

async function storedPair() {
  const pair = await h.store.get(lazadaTokenKey("caobang"))
  if (!pair) throw new Error("no pair stored")
  return pair
}

describe("Lazada tokens", () => {
  it("creates the first pair from an authorisation code (single use) on the auth host", async () => {
    h = await startHarness({ seedTokens: false })
    const code = h.server.state.issueAuthCode()
    const pair = await h.client.createTokens(code)
    expect(pair.accessExpiresAt).toBe(h.clock.nowMs() + 7 * DAY)
    expect(pair.refreshExpiresAt).toBe(h.clock.nowMs() + 30 * DAY)
    expect((await storedPair()).accessToken).toBe(pair.accessToken)
    await expect(h.client.createTokens(code)).rejects.toMatchObject({ code: "InvalidCode", retryable: false })
    const orders = await h.client.getOrders({ createdAfter: "2025-01-01T00:00:00+07:00" })
    expect(orders.countTotal).toBe(3)
    expect(h.logs.join("\n")).not.toContain(code)
  })

  it("refreshes before the access token expires; the refresh token keeps its original end", async () => {
    h = await startHarness()
    const before = await storedPair()
    h.clock.advance(7 * DAY - 10 * 60_000) // 10 minutes left: inside the 30-minute margin
    await h.client.getOrders({ createdAfter: "2025-01-01T00:00:00+07:00" })
    const after = await storedPair()
    expect(after.accessToken).not.toBe(before.accessToken)
    expect(after.refreshToken).not.toBe(before.refreshToken)
    expect(after.accessExpiresAt).toBe(h.clock.nowMs() + 7 * DAY)
    expect(after.refreshExpiresAt).toBe(before.refreshExpiresAt)
    expect(h.server.state.callsTo("/auth/token/refresh")).toHaveLength(1)
    expect(h.server.state.callsTo("/orders/get")[0].code).toBe("0")
  })

  it("refreshes once and resends when Lazada answers IllegalAccessToken", async () => {
    h = await startHarness()
    const before = await storedPair()
    h.server.state.revokeAccessToken(before.accessToken)
    const page = await h.client.getOrders({ createdAfter: "2025-01-01T00:00:00+07:00" })
    expect(page.countTotal).toBe(3)
    expect(h.server.state.callsTo("/orders/get").map((call) => call.code)).toEqual(["IllegalAccessToken", "0"])
    expect(h.server.state.callsTo("/auth/token/refresh")).toHaveLength(1)
  })

  it("does not loop when the fresh token is refused too", async () => {
    h = await startHarness()
    h.server.state.revokeAccessToken((await storedPair()).accessToken)
    h.server.faults.enqueue("/orders/get", { kind: "error", code: "IllegalAccessToken", type: "ISV", message: "The specified access token is invalid or expired" }, 2)
    const error = await h.client.getOrders({ createdAfter: "2025-01-01T00:00:00+07:00" }).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: "IllegalAccessToken", retryable: false })
    expect(h.server.state.callsTo("/orders/get")).toHaveLength(2)
    expect(h.server.state.callsTo("/auth/token/refresh")).toHaveLength(1)
  })

  it("spends the refresh token once when many calls need a refresh at the same time", async () => {
    h = await startHarness()
    h.clock.advance(7 * DAY)
    const pages = await Promise.all(Array.from({ length: 5 }, () => h.client.getOrders({ createdAfter: "2025-01-01T00:00:00+07:00" })))
    expect(pages.every((page) => page.countTotal === 3)).toBe(true)
    expect(h.server.state.callsTo("/auth/token/refresh")).toHaveLength(1)
  })

  it("the server refuses a spent refresh token (keep the latest, as the docs say)", async () => {
    h = await startHarness()
    const before = await storedPair()
    await h.client.tokens.refresh()
    await h.store.save(lazadaTokenKey("caobang"), before)
    h.clock.advance(7 * DAY)
    const error = await h.client.getOrders({ createdAfter: "2025-01-01T00:00:00+07:00" }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ChannelError)
    expect(error).toMatchObject({ code: "IllegalRefreshToken", retryable: false })
    expect(error instanceof ChannelError && error.message).toContain("authorise the app again")
  })

  it("warns within 14 days of the refresh token's end and stops after it", async () => {
    h = await startHarness()
    expect(await h.client.authorisationWarning()).toBeNull()
    h.clock.advance(15 * DAY) // 15 days left
    expect(await h.client.authorisationWarning()).toBeNull()
    h.clock.advance(3 * DAY) // 12 days left; the access token also needs a refresh now
    await h.client.getOrders({ createdAfter: "2025-01-01T00:00:00+07:00" })
    const warning = await h.client.authorisationWarning()
    expect(warning?.daysLeft).toBe(12)
    expect(warning?.message).toContain("2025-07-01")
    expect(h.logs.filter((line) => line.includes("authorise the app again before then"))).toHaveLength(1)
    // Refreshing did not extend it.
    expect((await storedPair()).refreshExpiresAt).toBe(Date.parse("2025-07-01T00:00:00Z"))
    h.clock.advance(13 * DAY)
    await expect(h.client.getOrders({ createdAfter: "2025-01-01T00:00:00+07:00" })).rejects.toMatchObject({ code: "IllegalRefreshToken" })
    expect((await h.client.authorisationWarning())?.daysLeft).toBe(0)
  })

  it("uses env tokens of unknown expiry until refused, then refreshes and keeps the answer's expiries", async () => {
    h = await startHarness({ seedTokens: false })
    const grant = h.server.state.issueTokens()
    const config = lazadaConfigFromEnv(
      {
        LAZADA_API_BASE: h.server.baseUrl,
        LAZADA_AUTH_BASE: h.server.authBaseUrl,
        LAZADA_APP_KEY: h.server.appKey,
        LAZADA_APP_SECRET: h.server.appSecret,
        LAZADA_ACCESS_TOKEN: grant.accessToken,
        LAZADA_REFRESH_TOKEN: grant.refreshToken,
      },
      { clock: h.clock, retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1 } },
    )
    const client = new LazadaClient(config)
    expect(await client.authorisationWarning()).toBeNull()
    expect((await client.getOrders({ createdAfter: "2025-01-01T00:00:00+07:00" })).countTotal).toBe(3)
    expect(h.server.state.callsTo("/auth/token/refresh")).toHaveLength(0)
    h.server.state.revokeAccessToken(grant.accessToken)
    expect((await client.getOrders({ createdAfter: "2025-01-01T00:00:00+07:00" })).countTotal).toBe(3)
    const pair = await config.tokenStore.get(lazadaTokenKey("default"))
    // Known now: 7 days from the refresh (the limiter's 50 ms spacing moved the clock since).
    expect(h.clock.nowMs() + 7 * DAY - (pair?.accessExpiresAt ?? 0)).toBeLessThan(1_000)
    // Lazada answers lifetimes in whole seconds: the fixed end is known to within a second.
    expect(Math.abs((pair?.refreshExpiresAt ?? 0) - grant.refreshExpiresAt)).toBeLessThan(1_000)
  })
})
