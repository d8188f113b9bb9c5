import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { BackendEnv, EnvError, parseEnv } from "./src/config/env"
import { DEVELOPMENT_JWT_SECRET } from "./src/config/channel-token-key"
import { selectModules } from "./src/config/modules"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/** A bad variable stops the process with a message naming it, never a stack trace. */
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

// The one place that chooses modules from the environment: see src/config/modules.ts.
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    cookieOptions: env.COOKIE_SECURE === false ? { secure: false } : undefined,
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET ?? "ocop-development-cookie-secret",
    },
  },
  admin: {
    disable: env.ADMIN_DISABLED || env.MEDUSA_WORKER_MODE === "worker",
    // Unset means "same origin as the dashboard", which survives any host name.
    backendUrl: env.MEDUSA_ADMIN_BACKEND_URL,
  },
  featureFlags: env.REDIS_URL ? { caching: true } : {},
  modules: selectModules(env),
})
