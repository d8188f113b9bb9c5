import type { Platform } from "../core/errors"
import type { ChannelProduct } from "../core/source"
import type { ChannelOrder } from "./adapter"
import type { LedgerRow } from "./ledger"
import { ledgerReport, ledgerRowFromRecord, type LedgerRowRecord } from "./ledger-wire"

/** The channel account as /admin/channels returns it (tokens never leave the backend). */
export type BackendAccount = {
  id: string
  platform: Platform | "postmart" | "voso" | "247"
  shop_id: string | null
  name: string
  stock_reserve: number
  stock_zero_below: number
  stock_percent: number
  price_multiplier: number
  price_offset: number
  on_invalid_certificate: "strip-claim" | "unlist"
}

export type RunReport = {
  kind: "dry-run" | "push" | "pull-orders" | "reconcile" | "export"
  started_at: string
  finished_at: string
  created_count: number
  updated_count: number
  unchanged_count: number
  failed_count: number
  summary: Record<string, unknown>
}

export class BackendError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = "BackendError"
  }
}

const PAGE = 200

/**
 * The Medusa admin API the CLI reads and writes through, authenticated with a
 * secret API key (`Authorization: Basic base64(sk_…:)`), never a session.
 */
export class BackendApi {
  private readonly authorization: string

  constructor(
    private readonly baseUrl: string,
    secretApiKey: string,
  ) {
    this.authorization = `Basic ${Buffer.from(`${secretApiKey}:`).toString("base64")}`
  }

  static fromEnv(env: NodeJS.ProcessEnv): BackendApi {
    const url = env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
    const key = env.MEDUSA_ADMIN_API_KEY
    if (!key) throw new Error("MEDUSA_ADMIN_API_KEY is not set: create a secret API key in the admin (Settings → Secret API Keys) and export it")
    return new BackendApi(url, key)
  }

  private async call<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { authorization: this.authorization, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const text = await response.text()
    if (!response.ok) {
      let message = response.statusText || "error"
      try {
        message = (JSON.parse(text) as { message?: string }).message ?? message
      } catch {
        // An HTML page (an older backend without /admin/channels, a proxy): the status says enough.
      }
      const hint = response.status === 401 ? " (MEDUSA_ADMIN_API_KEY must be a secret API key, sk_…)" : response.status === 404 && path.startsWith("/admin/channels") ? " (is the backend up to date and migrated?)" : ""
      throw new BackendError(response.status, `${method} ${path} → ${response.status}: ${message}${hint}`)
    }
    return JSON.parse(text) as T
  }

  /** The account for a platform shop, created with default rules the first time. */
  async ensureAccount(platform: Platform, shopId: string, name: string): Promise<BackendAccount> {
    const { accounts } = await this.call<{ accounts: BackendAccount[] }>("GET", `/admin/channels/accounts?platform=${platform}&limit=200`)
    const existing = accounts.find((account) => account.shop_id === shopId)
    if (existing) return existing
    const { account } = await this.call<{ account: BackendAccount }>("POST", "/admin/channels/accounts", { platform, shop_id: shopId, name })
    return account
  }

  async account(id: string): Promise<BackendAccount> {
    return (await this.call<{ account: BackendAccount }>("GET", `/admin/channels/accounts/${encodeURIComponent(id)}`)).account
  }

  /** Every published product, with stock offered under the account's rules when one is given. */
  async catalogue(accountId?: string): Promise<ChannelProduct[]> {
    const products: ChannelProduct[] = []
    for (let offset = 0; ; offset += PAGE) {
      const query = new URLSearchParams({ offset: String(offset), limit: String(PAGE), ...(accountId ? { account_id: accountId } : {}) })
      const page = await this.call<{ products: ChannelProduct[]; count: number }>("GET", `/admin/channels/catalogue?${query}`)
      products.push(...page.products)
      if (offset + PAGE >= page.count || page.products.length === 0) return products
    }
  }

  async listings(accountId: string): Promise<LedgerRow[]> {
    const rows: LedgerRow[] = []
    for (let offset = 0; ; offset += PAGE) {
      const page = await this.call<{ listings: LedgerRowRecord[]; count: number }>("GET", `/admin/channels/accounts/${encodeURIComponent(accountId)}/listings?offset=${offset}&limit=${PAGE}`)
      rows.push(...page.listings.map(ledgerRowFromRecord))
      if (offset + PAGE >= page.count || page.listings.length === 0) return rows
    }
  }

  async saveListings(accountId: string, rows: LedgerRow[]): Promise<void> {
    if (!rows.length) return
    await this.call("POST", `/admin/channels/accounts/${encodeURIComponent(accountId)}/listings/batch`, {
      listings: rows.map((row) => ledgerReport(row, new Date())),
    })
  }

  async recordRun(accountId: string, report: RunReport): Promise<void> {
    await this.call("POST", `/admin/channels/accounts/${encodeURIComponent(accountId)}/runs`, { ...report, status: "succeeded" })
  }

  /** Imports a channel order (the backend ignores one it already has). Returns whether it was new. */
  async importOrder(accountId: string, order: ChannelOrder): Promise<"created" | "existing"> {
    const result = await this.call<{ outcome?: string }>("POST", `/admin/channels/accounts/${encodeURIComponent(accountId)}/orders`, {
      external_order_id: order.externalOrderId,
      lines: order.lines.map((line) => ({ sku: line.sku, quantity: line.quantity, unit_price_vnd: line.unitPriceVnd })),
      ...(order.buyerName ? { buyer: { name: order.buyerName } } : {}),
      placed_at: order.createdAt,
    })
    return result.outcome === "created" ? "created" : "existing"
  }
}
