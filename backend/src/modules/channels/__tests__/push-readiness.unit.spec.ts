import { describe, expect, it } from "vitest"
import { NO_PLATFORMS } from "../domain/platform-settings"
import { pushReadiness } from "../domain/push-readiness"

const shopeeApp = { ...NO_PLATFORMS, shopee: { partner_id: 2001887, partner_key: "test-partner-key", api_base: null } }
const account = { platform: "shopee", shop_id: "14701711", status: "active", access_token_sealed: "v1.a", refresh_token_sealed: "v1.b" }

describe("pushReadiness", () => {
  it("is ready with an app, an active shop, sealed tokens and a key", () => {
    expect(pushReadiness(account, shopeeApp, true)).toEqual({ ready: true, platform: "shopee" })
  })

  it("leaves the account to the CLI, saying why", () => {
    expect(pushReadiness(account, NO_PLATFORMS, true)).toMatchObject({ ready: false, reason: expect.stringMatching(/SHOPEE_PARTNER_ID/) })
    expect(pushReadiness({ ...account, refresh_token_sealed: null }, shopeeApp, true)).toMatchObject({ ready: false, reason: expect.stringMatching(/token/) })
    expect(pushReadiness({ ...account, status: "paused" }, shopeeApp, true)).toMatchObject({ ready: false })
    expect(pushReadiness(account, shopeeApp, false)).toMatchObject({ ready: false, reason: expect.stringMatching(/CHANNEL_TOKEN_KEY/) })
    expect(pushReadiness({ ...account, platform: "postmart" }, shopeeApp, true)).toMatchObject({ ready: false })
  })
})
