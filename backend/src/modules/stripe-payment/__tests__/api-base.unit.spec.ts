import { describe, expect, it } from "vitest"
import { stripeHostConfig } from "../api-base"

describe("stripeHostConfig", () => {
  it("splits an origin into the Stripe client's host, port and protocol", () => {
    expect(stripeHostConfig("http://127.0.0.1:12111")).toEqual({ host: "127.0.0.1", port: 12111, protocol: "http" })
    expect(stripeHostConfig("https://stripe-mock.internal")).toEqual({ host: "stripe-mock.internal", port: 443, protocol: "https" })
  })

  it("refuses a path, which the client would silently drop", () => {
    expect(() => stripeHostConfig("http://127.0.0.1:12111/v1")).toThrow(/bare origin/)
  })
})
