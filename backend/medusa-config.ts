import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import type { InputConfigModules } from "@medusajs/framework/types"
import { BackendEnv, EnvError, parseEnv } from "./src/config/env"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * The one place that chooses modules from the environment.
 * No variables: embedded footprint (local event bus, in-memory workflow
 * engine and locking, local files, PostgreSQL search).
 * REDIS_URL: Redis event bus, workflow engine, locking, caching, sessions.
 */
function readEnvOrExit(): BackendEnv {
  try {
    return parseEnv(process.env, { building: process.argv.includes("build") })
  } catch (error) {
    if (error instanceof EnvError) {
      process.stderr.write(`\n[ocop] ${error.message}\n\n`)
      process.exit(1)
    }
    throw error
  }
}

const env = readEnvOrExit()

type ModuleEntry = InputConfigModules[number]

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

const modules: ModuleEntry[] = [
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

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET ?? "ocop-development-jwt-secret",
      cookieSecret: env.COOKIE_SECRET ?? "ocop-development-cookie-secret",
    },
  },
  admin: {
    disable: env.ADMIN_DISABLED || env.MEDUSA_WORKER_MODE === "worker",
    // Unset means "same origin as the dashboard", which survives any host name.
    backendUrl: env.MEDUSA_ADMIN_BACKEND_URL,
  },
  featureFlags: env.REDIS_URL ? { caching: true } : {},
  modules,
})
