import { describe, expect, it } from "vitest"
import { parseEnv } from "../env"
import { moduleResolves, selectModules } from "../modules"

describe("selectModules", () => {
  it("keeps Medusa's embedded defaults when REDIS_URL is not set", () => {
    const resolves = moduleResolves(selectModules(parseEnv({})))
    expect(resolves).toEqual(["./src/modules/ocop", "@medusajs/medusa/file"])
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
    const [, file] = selectModules(parseEnv({ MEDUSA_BACKEND_URL: "https://api.ocop.example" }))
    expect(JSON.stringify(file)).toContain("https://api.ocop.example/static")
  })
})
