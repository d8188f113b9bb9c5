import { z } from "zod"
import { parseTokenKey } from "../modules/channels/domain/token-cipher"

/**
 * Every environment variable the backend reads, validated once at start.
 * medusa-config.ts is the only consumer; it turns this into modules.
 */
const url = (protocols: string[]) =>
  z
    .string()
    .trim()
    .refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol)
      } catch {
        return false
      }
    }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}`)

/** The Stripe client takes host, port and protocol only: a path or query would be silently dropped. */
function isBareOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false
  const parsed = new URL(value)
  return parsed.pathname === "/" && !parsed.search && !parsed.username
}

const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .transform((value) => value === "true" || value === "1")

const envSchema = z.object({
  NODE_ENV: z.string().default("development"),
  DATABASE_URL: url(["postgres:", "postgresql:"]).optional(),
  REDIS_URL: url(["redis:", "rediss:"]).optional(),
  MEILISEARCH_HOST: url(["http:", "https:"]).optional(),
  MEILISEARCH_API_KEY: z.string().min(1).optional(),
  STRIPE_API_KEY: z.string().regex(/^(sk|rk)_(test|live)_/, "must start with sk_test_, sk_live_, rk_test_ or rk_live_").optional(),
  STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_/, "must start with whsec_").optional(),
  /** A Stripe-compatible server (contract server, stripe-mock) instead of api.stripe.com; tests only. */
  STRIPE_API_BASE: url(["http:", "https:"])
    .refine(isBareOrigin, "must be a bare origin such as http://127.0.0.1:12111 (the client adds /v1/)")
    .optional(),
  VIETQR_BANK_BIN: z.string().regex(/^\d{6}$/, "must be the 6-digit NAPAS bank BIN (e.g. 970405)").optional(),
  VIETQR_BANK_NAME: z.string().min(2).optional(),
  VIETQR_ACCOUNT_NUMBER: z.string().regex(/^[0-9A-Za-z]{1,19}$/, "must be 1–19 letters or digits").optional(),
  VIETQR_ACCOUNT_NAME: z.string().min(2).optional(),
  MEDUSA_WORKER_MODE: z.enum(["shared", "server", "worker"]).default("shared"),
  MEDUSA_BACKEND_URL: url(["http:", "https:"]).default("http://localhost:9000"),
  MEDUSA_ADMIN_BACKEND_URL: url(["http:", "https:"]).optional(),
  STORE_CORS: z.string().default("http://localhost:8000"),
  ADMIN_CORS: z.string().default("http://localhost:9000,http://localhost:5173"),
  AUTH_CORS: z.string().default("http://localhost:9000,http://localhost:8000,http://localhost:5173"),
  JWT_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  COOKIE_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  ADMIN_DISABLED: booleanFlag.default(false),
  STOREFRONT_URL: url(["http:", "https:"]).optional(),
  REVALIDATE_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  /**
   * AES-256-GCM key for marketplace tokens at rest (32 bytes: 64 hex digits or
   * base64, e.g. `openssl rand -base64 32`). Outside production a key is
   * derived from JWT_SECRET when unset; in production, without it, tokens are
   * refused when written (the rest of the shop runs).
   */
  CHANNEL_TOKEN_KEY: z
    .string()
    .refine((value) => parseTokenKey(value) !== null, "must be 32 bytes written as 64 hex digits or base64")
    .optional(),
  /**
   * The marketplace apps the backend pushes with (the shop's tokens are on
   * each channel account). Without them the platform's accounts are pushed by
   * the channel CLI only. Same names as the CLI's.
   */
  SHOPEE_PARTNER_ID: z.string().regex(/^[1-9]\d{0,15}$/, "must be a positive integer (the partner id)").optional(),
  SHOPEE_PARTNER_KEY: z.string().min(8).optional(),
  SHOPEE_API_BASE: url(["http:", "https:"]).optional(),
  LAZADA_APP_KEY: z.string().min(1).optional(),
  LAZADA_APP_SECRET: z.string().min(8).optional(),
  LAZADA_API_BASE: url(["http:", "https:"]).optional(),
  LAZADA_AUTH_BASE: url(["http:", "https:"]).optional(),
  /** An edited copy of scripts/data/channels/category-map.json (real category ids for the shop). */
  CHANNEL_CATEGORY_MAP: z.string().min(1).optional(),
  /** In production session cookies are Secure; a plain-http local run (pnpm start) turns that off. */
  COOKIE_SECURE: booleanFlag.optional(),
})

export type BackendEnv = z.infer<typeof envSchema>

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`)
    this.name = "EnvError"
  }
}

/** Empty strings count as "not set", as they do in docker-compose files. */
function withoutEmpty(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => !!entry[1] && entry[1].trim() !== "")
  )
}

/**
 * Parses the environment. Throws {@link EnvError} naming each bad variable;
 * values are never echoed because some of them are secrets.
 */
export function parseEnv(source: NodeJS.ProcessEnv, options: { building?: boolean } = {}): BackendEnv {
  const result = envSchema.safeParse(withoutEmpty(source))
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`)
    )
  }
  const env = result.data
  const problems: string[] = []
  if (env.NODE_ENV === "production" && !options.building) {
    if (!env.JWT_SECRET) problems.push("JWT_SECRET: required in production (at least 16 random characters)")
    if (!env.COOKIE_SECRET) problems.push("COOKIE_SECRET: required in production (at least 16 random characters)")
  }
  if (env.MEILISEARCH_HOST && !env.MEILISEARCH_API_KEY && env.NODE_ENV === "production") {
    problems.push("MEILISEARCH_API_KEY: required when MEILISEARCH_HOST is set in production")
  }
  const vietQr = [env.VIETQR_BANK_BIN, env.VIETQR_ACCOUNT_NUMBER, env.VIETQR_ACCOUNT_NAME]
  if (vietQr.some(Boolean) && !vietQr.every(Boolean)) {
    problems.push("VIETQR_BANK_BIN, VIETQR_ACCOUNT_NUMBER and VIETQR_ACCOUNT_NAME: set all three, or none for the sample account")
  }
  if (env.STRIPE_API_KEY && !env.STRIPE_WEBHOOK_SECRET && env.NODE_ENV === "production") {
    problems.push("STRIPE_WEBHOOK_SECRET: required with STRIPE_API_KEY in production (orders are completed from Stripe's webhook)")
  }
  if (!!env.SHOPEE_PARTNER_ID !== !!env.SHOPEE_PARTNER_KEY) {
    problems.push("SHOPEE_PARTNER_ID and SHOPEE_PARTNER_KEY: set both, or neither")
  }
  if (!!env.LAZADA_APP_KEY !== !!env.LAZADA_APP_SECRET) {
    problems.push("LAZADA_APP_KEY and LAZADA_APP_SECRET: set both, or neither")
  }
  if (env.STRIPE_API_BASE && /^(sk|rk)_live_/.test(env.STRIPE_API_KEY ?? "")) {
    problems.push("STRIPE_API_BASE: not allowed with a live key, which must only ever be sent to api.stripe.com")
  }
  if (problems.length) throw new EnvError(problems)
  return env
}
