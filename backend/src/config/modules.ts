import { Modules } from "@medusajs/framework/utils"
import type { InputConfigModules } from "@medusajs/framework/types"
import type { BackendEnv } from "./env"

export type ModuleEntry = InputConfigModules[number]

/** Redis-backed infrastructure for the scaled footprint (several servers + a worker). */
function redisModules(redisUrl: string): ModuleEntry[] {
  return [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
    { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } },
        ],
      },
    },
  ]
}

/**
 * The modules chosen by the environment. Without variables Medusa's embedded
 * defaults apply (local event bus, in-memory workflow engine and locking,
 * PostgreSQL search); REDIS_URL switches the infrastructure modules to Redis.
 */
export function selectModules(env: BackendEnv): ModuleEntry[] {
  return [
    { resolve: "./src/modules/ocop" },
    {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { upload_dir: "static", backend_url: `${env.MEDUSA_BACKEND_URL}/static` },
          },
        ],
      },
    },
    ...(env.REDIS_URL ? redisModules(env.REDIS_URL) : []),
  ]
}

export function moduleResolves(modules: ModuleEntry[]): string[] {
  return modules.flatMap((entry) => ("resolve" in entry && typeof entry.resolve === "string" ? [entry.resolve] : []))
}
