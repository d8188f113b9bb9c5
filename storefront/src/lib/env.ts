import "server-only"

/** Server-side configuration, read at request time so one build serves any backend. */
export type StorefrontEnv = {
  backendUrl: string
  publishableKey: string
}

export class StorefrontConfigError extends Error {
  constructor(variable: string) {
    super(`${variable} is not set`)
    this.name = "StorefrontConfigError"
  }
}

export function readEnv(): StorefrontEnv {
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY
  if (!publishableKey) throw new StorefrontConfigError("MEDUSA_PUBLISHABLE_KEY")
  return {
    backendUrl: process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000",
    publishableKey,
  }
}
