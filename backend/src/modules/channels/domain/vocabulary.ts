/**
 * The closed vocabularies of the channels module. They are stored as text
 * with CHECK constraints, not DML enums: values such as "247", "dry-run" or
 * "strip-claim" are not valid GraphQL enum names, which Medusa's Query needs.
 */

/** External sales channels: two with seller APIs, three listed by hand from an export. */
export const PLATFORMS = ["shopee", "lazada", "postmart", "voso", "247"] as const
export type Platform = (typeof PLATFORMS)[number]

/** The Medusa sales channel an imported order of each platform is placed in. */
export const PLATFORM_SALES_CHANNELS: Record<Platform, string> = {
  shopee: "Shopee",
  lazada: "Lazada",
  postmart: "Postmart",
  voso: "Voso",
  "247": "24/7",
}

export const ACCOUNT_STATUSES = ["active", "paused", "reauthorise"] as const
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number]

/** What happens to a listing whose OCOP certificate stops being valid. */
export const INVALID_CERTIFICATE_ACTIONS = ["strip-claim", "unlist"] as const
export type InvalidCertificateAction = (typeof INVALID_CERTIFICATE_ACTIONS)[number]

export const LISTING_STATUSES = ["pending", "active", "unlisted", "error"] as const
export type ListingStatus = (typeof LISTING_STATUSES)[number]

/**
 * Why a listing needs a push, so the CLI knows which calls to make:
 * stock (desired ≠ last pushed), certificate (claim or listing must follow the
 * certificate), retry (the last push failed and may be retried).
 */
export const PUSH_REASONS = ["stock", "certificate", "retry"] as const
export type PushReason = (typeof PUSH_REASONS)[number]

export const RUN_KINDS = ["dry-run", "push", "pull-orders", "reconcile", "export"] as const
export type RunKind = (typeof RUN_KINDS)[number]

/** requested: asked for in the admin, waiting for the CLI; the others describe a run that happened. */
export const RUN_STATUSES = ["requested", "running", "succeeded", "failed"] as const
export type RunStatus = (typeof RUN_STATUSES)[number]

/** pending: the idempotency key is claimed while the order is being created. */
export const ORDER_STATUSES = ["pending", "imported", "rejected"] as const
export type ChannelOrderStatus = (typeof ORDER_STATUSES)[number]

/** `'a', 'b'` for a CHECK constraint; the values are constants above, never user input. */
export function sqlList(values: readonly string[]): string {
  return values.map((value) => `'${value.replace(/'/g, "''")}'`).join(", ")
}

export function isPlatform(value: string): value is Platform {
  return (PLATFORMS as readonly string[]).includes(value)
}
