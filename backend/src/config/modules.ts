import { Modules } from "@medusajs/framework/utils"
import type { InputConfigModules } from "@medusajs/framework/types"
import { channelPlatformSettings } from "./channel-platforms"
import { channelTokenKey } from "./channel-token-key"
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

/** A clearly fake account so the embedded shop works out of the box; the storefront says so. */
const SAMPLE_VIETQR = {
  bank_bin: "970405",
  bank_name: "Agribank",
  account_number: "0000000000000",
  account_name: "CHO OCOP CAO BANG (TAI KHOAN MAU)",
  is_sample: true,
}

function paymentModule(env: BackendEnv): ModuleEntry {
  const vietqr = env.VIETQR_BANK_BIN
    ? {
        bank_bin: env.VIETQR_BANK_BIN,
        bank_name: env.VIETQR_BANK_NAME ?? env.VIETQR_BANK_BIN,
        account_number: env.VIETQR_ACCOUNT_NUMBER,
        account_name: env.VIETQR_ACCOUNT_NAME,
        is_sample: false,
      }
    : SAMPLE_VIETQR
  return {
    resolve: "@medusajs/medusa/payment",
    options: {
      providers: [
        { resolve: "./src/modules/payment-cod", id: "cod" },
        { resolve: "./src/modules/payment-vietqr", id: "vietqr", options: vietqr },
        ...(env.STRIPE_API_KEY
          ? [
              {
                // Medusa's Stripe provider; STRIPE_API_BASE can point it at a local contract server.
                resolve: "./src/modules/stripe-payment",
                id: "stripe",
                options: {
                  apiKey: env.STRIPE_API_KEY,
                  webhookSecret: env.STRIPE_WEBHOOK_SECRET,
                  capture: true,
                  automaticPaymentMethods: true,
                  apiBase: env.STRIPE_API_BASE,
                },
              },
            ]
          : []),
      ],
    },
  }
}

/**
 * Medusa's Search Module with one provider, so every index uses it:
 * PostgreSQL folded for Vietnamese by default (./src/modules/search-postgres-vi),
 * Meilisearch when MEILISEARCH_HOST is set. The Meilisearch provider is only
 * resolved in that case, so the default footprint never loads it.
 */
function searchModule(env: BackendEnv): ModuleEntry {
  const provider = env.MEILISEARCH_HOST
    ? {
        resolve: "./src/modules/search-meilisearch",
        id: "meilisearch",
        options: { host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY },
      }
    : { resolve: "./src/modules/search-postgres-vi", id: "postgres", options: { language: "simple" } }
  return { key: Modules.SEARCH, resolve: "@medusajs/medusa/search", options: { providers: [provider] } }
}

/** Payment provider ids as regions and carts name them. */
export const PAYMENT_PROVIDERS = { cod: "pp_cod_cod", vietqr: "pp_vietqr_vietqr", stripe: "pp_stripe_stripe" } as const

/**
 * The modules chosen by the environment. Without variables Medusa's embedded
 * defaults apply (local event bus, in-memory workflow engine and locking)
 * with PostgreSQL search folded for Vietnamese; REDIS_URL switches the
 * infrastructure modules to Redis, MEILISEARCH_HOST the search provider.
 */
export function selectModules(env: BackendEnv): ModuleEntry[] {
  return [
    { resolve: "./src/modules/ocop" },
    searchModule(env),
    paymentModule(env),
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
    // Marketplace accounts, the listing ledger, sync runs and imported orders (tokens sealed with this key).
    {
      resolve: "./src/modules/channels",
      options: { token_key: channelTokenKey(env), platforms: channelPlatformSettings(env) },
    },
    ...(env.REDIS_URL ? redisModules(env.REDIS_URL) : []),
  ]
}

export function moduleResolves(modules: ModuleEntry[]): string[] {
  return modules.flatMap((entry) => ("resolve" in entry && typeof entry.resolve === "string" ? [entry.resolve] : []))
}
