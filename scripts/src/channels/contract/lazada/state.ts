import { createHash, randomBytes } from "node:crypto"
import type { Clock } from "../../core/clock"
import { defaultOrders, type OrderSeed } from "./fixtures"

export type ContractSku = {
  SkuId: number
  SellerSku: string
  ShopSku: string
  quantity: number
  price: number
  special_price: number | null
  package_weight: number
  package_length: number
  package_width: number
  package_height: number
  Images: string[]
  saleProp: Record<string, string>
  Status: "active" | "inactive"
}

export type ContractProduct = {
  item_id: number
  primary_category: number
  attributes: Record<string, string | number>
  images: string[]
  skus: ContractSku[]
  status: string
  created_time: number
  updated_time: number
}

export type ContractCall = {
  path: string
  method: string
  /** Product, price/stock and image writes (token calls are not writes). */
  write: boolean
  /** "0" on success, else the error code or `http_<status>`. */
  code: string
  httpStatus: number
  requestId: string
  /** Server clock, Unix ms. */
  at: number
  /** Business parameters only; system parameters and secrets are never recorded. */
  params: Record<string, string>
  /** The fault that shaped this call, if any. */
  fault: string | null
}

type AccessGrant = { sellerId: string; expiresAt: number }
type RefreshGrant = { sellerId: string; expiresAt: number; spent: boolean }
type CodeGrant = { sellerId: string; expiresAt: number; used: boolean }

export type ImageBatch = { id: string; readyAt: number; images: Array<{ url: string; hash_code: string }>; errors: Array<{ msg: string; field: string; original_url: string }> }

export type TokenGrant = { accessToken: string; refreshToken: string; accessExpiresAt: number; refreshExpiresAt: number; sellerId: string }

/**
 * Everything the contract server remembers, inspectable by tests: products,
 * orders, tokens, image batches and the log of every call.
 */
export class ContractState {
  readonly products = new Map<number, ContractProduct>()
  readonly orders: OrderSeed[]
  readonly calls: ContractCall[] = []
  readonly imageBatches = new Map<string, ImageBatch>()
  private readonly accessGrants = new Map<string, AccessGrant>()
  private readonly refreshGrants = new Map<string, RefreshGrant>()
  private readonly codeGrants = new Map<string, CodeGrant>()
  private nextItemId = 3_000_000_001
  private nextSkuId = 15_000_000_001
  private nextRequest = 1

  constructor(
    readonly clock: Clock,
    readonly settings: { accessTtlSeconds: number; refreshTtlSeconds: number; refreshTokenReuse: "reject" | "allow"; sellerId: string },
    orders: OrderSeed[] | undefined,
  ) {
    this.orders = orders ?? defaultOrders(clock.nowMs())
  }

  // ---- tokens --------------------------------------------------------------

  /** A fresh pair as /auth/token/create would give; tests seed the client's store with it. */
  issueTokens(sellerId = this.settings.sellerId): TokenGrant {
    const now = this.clock.nowMs()
    const grant: TokenGrant = {
      accessToken: token("50000"),
      refreshToken: token("50001"),
      accessExpiresAt: now + this.settings.accessTtlSeconds * 1000,
      refreshExpiresAt: now + this.settings.refreshTtlSeconds * 1000,
      sellerId,
    }
    this.accessGrants.set(grant.accessToken, { sellerId, expiresAt: grant.accessExpiresAt })
    this.refreshGrants.set(grant.refreshToken, { sellerId, expiresAt: grant.refreshExpiresAt, spent: false })
    return grant
  }

  /** An authorisation code as the callback would receive: single use, 30 minutes. */
  issueAuthCode(sellerId = this.settings.sellerId): string {
    const code = token("0_")
    this.codeGrants.set(code, { sellerId, expiresAt: this.clock.nowMs() + 30 * 60_000, used: false })
    return code
  }

  redeemCode(code: string): TokenGrant | null {
    const grant = this.codeGrants.get(code)
    if (!grant || grant.used || grant.expiresAt <= this.clock.nowMs()) return null
    grant.used = true
    return this.issueTokens(grant.sellerId)
  }

  /**
   * A refresh: a new access token with a full lifetime and a new refresh
   * token that keeps the old one's end ("the duration of the refresh token
   * will not be reset"). The spent token is refused afterwards unless
   * `refreshTokenReuse` is "allow" (the docs only say to keep the latest).
   */
  refresh(refreshToken: string): TokenGrant | null {
    const grant = this.refreshGrants.get(refreshToken)
    const now = this.clock.nowMs()
    if (!grant || grant.expiresAt <= now) return null
    if (grant.spent && this.settings.refreshTokenReuse === "reject") return null
    grant.spent = true
    const next: TokenGrant = {
      accessToken: token("50000"),
      refreshToken: token("50001"),
      accessExpiresAt: now + this.settings.accessTtlSeconds * 1000,
      refreshExpiresAt: grant.expiresAt,
      sellerId: grant.sellerId,
    }
    this.accessGrants.set(next.accessToken, { sellerId: next.sellerId, expiresAt: next.accessExpiresAt })
    this.refreshGrants.set(next.refreshToken, { sellerId: next.sellerId, expiresAt: next.refreshExpiresAt, spent: false })
    return next
  }

  /** The seller an access token belongs to, or null when unknown or expired. */
  sellerFor(accessToken: string): string | null {
    const grant = this.accessGrants.get(accessToken)
    return grant && grant.expiresAt > this.clock.nowMs() ? grant.sellerId : null
  }

  revokeAccessToken(accessToken: string): void {
    this.accessGrants.delete(accessToken)
  }

  // ---- products ------------------------------------------------------------

  newItemId(): number {
    return this.nextItemId++
  }

  newSkuId(): number {
    return this.nextSkuId++
  }

  findSku(sellerSku: string): { product: ContractProduct; sku: ContractSku } | null {
    for (const product of this.products.values()) {
      const sku = product.skus.find((candidate) => candidate.SellerSku === sellerSku)
      if (sku) return { product, sku }
    }
    return null
  }

  findSkuById(skuId: number): { product: ContractProduct; sku: ContractSku } | null {
    for (const product of this.products.values()) {
      const sku = product.skus.find((candidate) => candidate.SkuId === skuId)
      if (sku) return { product, sku }
    }
    return null
  }

  // ---- calls ---------------------------------------------------------------

  newRequestId(): string {
    return `0ba2887315${String(this.nextRequest++).padStart(16, "0")}`
  }

  writeCalls(): ContractCall[] {
    return this.calls.filter((call) => call.write)
  }

  callsTo(path: string): ContractCall[] {
    return this.calls.filter((call) => call.path === path)
  }

  resetCalls(): void {
    this.calls.length = 0
  }
}

function token(prefix: string): string {
  return prefix + randomBytes(24).toString("hex")
}

/** A Lazada-CDN-looking URL for migrated/uploaded bytes. */
export function lazadaImageUrl(seed: string | Uint8Array): { url: string; hash_code: string } {
  const hash = createHash("md5").update(seed).digest("hex")
  return { url: `https://vn-test-11.slatic.net/p/${hash}.jpg`, hash_code: hash }
}

/** Products accept only Lazada-hosted images ("4138 The image exists in the outer link"). */
export function isLazadaImageUrl(url: string): boolean {
  return /^https?:\/\/[a-z0-9-]+\.slatic\.net\//i.test(url)
}
