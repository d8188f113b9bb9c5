import { describe, expect, it } from "vitest"
import { parseEnv } from "../env"
import { moduleResolves, selectModules } from "../modules"

describe("selectModules", () => {
  it("keeps Medusa's embedded defaults when REDIS_URL is not set", () => {
    const resolves = moduleResolves(selectModules(parseEnv({})))
    expect(resolves).toEqual([
      "./src/modules/ocop",
      "@medusajs/medusa/search",
      "@medusajs/medusa/payment",
      "@medusajs/medusa/file",
      "./src/modules/channels",
    ])
    expect(resolves.some((resolve) => resolve.includes("redis"))).toBe(false)
  })

  it("moves the event bus, workflow engine, cache, locking and caching to Redis", () => {
    const resolves = moduleResolves(selectModules(parseEnv({ REDIS_URL: "redis://cache:6379" })))
    expect(resolves).toEqual(
      expect.arrayContaining([
        "@medusajs/medusa/event-bus-redis",
        "@medusajs/medusa/workflow-engine-redis",
        "@medusajs/medusa/cache-redis",
        "@medusajs/medusa/locking",
        "@medusajs/medusa/caching",
      ])
    )
  })

  it("serves uploaded files from the public backend URL", () => {
    const [, , , file] = selectModules(parseEnv({ MEDUSA_BACKEND_URL: "https://api.ocop.example" }))
    expect(JSON.stringify(file)).toContain("https://api.ocop.example/static")
  })
})

describe("search provider", () => {
  const providers = (env: Record<string, string>) => {
    const search = selectModules(parseEnv(env)).find(
      (entry) => "resolve" in entry && entry.resolve === "@medusajs/medusa/search"
    )
    return JSON.parse(JSON.stringify(search)).options.providers as { resolve: string; id: string; options: Record<string, unknown> }[]
  }

  it("uses PostgreSQL folded for Vietnamese, and never loads Meilisearch, by default", () => {
    expect(providers({})).toEqual([
      { resolve: "./src/modules/search-postgres-vi", id: "postgres", options: { language: "simple" } },
    ])
  })

  it("switches to Meilisearch when MEILISEARCH_HOST is set", () => {
    expect(providers({ MEILISEARCH_HOST: "http://meilisearch:7700", MEILISEARCH_API_KEY: "master-key-123" })).toEqual([
      {
        resolve: "./src/modules/search-meilisearch",
        id: "meilisearch",
        options: { host: "http://meilisearch:7700", apiKey: "master-key-123" },
      },
    ])
  })

  it("refuses a Meilisearch host that is not an http(s) URL", () => {
    expect(() => parseEnv({ MEILISEARCH_HOST: "meilisearch:7700" })).toThrow(/MEILISEARCH_HOST/)
    expect(() => parseEnv({ MEILISEARCH_HOST: "ftp://meilisearch" })).toThrow(/MEILISEARCH_HOST/)
    expect(() => parseEnv({ MEILISEARCH_HOST: "http://meilisearch:7700", NODE_ENV: "production", JWT_SECRET: "x".repeat(16), COOKIE_SECRET: "y".repeat(16) })).toThrow(/MEILISEARCH_API_KEY/)
  })
})

describe("payment providers", () => {
  const providers = (env: Record<string, string>) => {
    const payment = selectModules(parseEnv(env)).find(
      (entry) => "resolve" in entry && entry.resolve === "@medusajs/medusa/payment"
    )
    return JSON.parse(JSON.stringify(payment)).options.providers as { id: string; options?: Record<string, unknown> }[]
  }

  it("offers cash on delivery and VietQR with a sample account by default, no card", () => {
    const list = providers({})
    expect(list.map((provider) => provider.id)).toEqual(["cod", "vietqr"])
    expect(list[1].options).toMatchObject({ is_sample: true, bank_bin: "970405" })
  })

  it("uses the configured bank account and adds Stripe when its key is set", () => {
    const list = providers({
      VIETQR_BANK_BIN: "970436",
      VIETQR_BANK_NAME: "Vietcombank",
      VIETQR_ACCOUNT_NUMBER: "0011004567890",
      VIETQR_ACCOUNT_NAME: "HTX TAM HOA",
      STRIPE_API_KEY: "sk_test_123",
      STRIPE_WEBHOOK_SECRET: "whsec_abc",
    })
    expect(list.map((provider) => provider.id)).toEqual(["cod", "vietqr", "stripe"])
    expect(list[1].options).toMatchObject({ bank_bin: "970436", account_number: "0011004567890", is_sample: false })
  })

  it("passes STRIPE_API_BASE to the Stripe provider under Medusa's option names", () => {
    const stripe = providers({ STRIPE_API_KEY: "sk_test_123", STRIPE_API_BASE: "http://127.0.0.1:12111" })[2]
    expect(stripe.options).toEqual({ apiKey: "sk_test_123", capture: true, automaticPaymentMethods: true, apiBase: "http://127.0.0.1:12111" })
  })

  it("refuses half a bank account", () => {
    expect(() => parseEnv({ VIETQR_BANK_BIN: "970436" })).toThrow(/set all three/)
  })
})
