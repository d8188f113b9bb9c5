import { randomBytes } from "node:crypto"
import type { Clock } from "../../core/clock"
import type { ShopeeAttribute, ShopeeLogisticInfo } from "../../shopee/item-types"
import type { ShopeeItemLimit, ShopeeItemStatus } from "../../shopee/response-types"
import type { ContractOrder } from "./fixtures"

export const ACCESS_TOKEN_LIFETIME_MS = 4 * 3600_000
export const REFRESH_TOKEN_LIFETIME_MS = 30 * 24 * 3600_000
export const AUTH_CODE_LIFETIME_MS = 10 * 60_000

/** model_id 0 is an item's default model before init_tier_variation; only the models it creates have a SKU and tier_index. */
export type ContractModel = { model_id: number; original_price: number; stock: number; model_sku?: string; tier_index?: number[] }

/** One tier of an item's variations, in option order (tier_index points into `options`). */
export type ContractTier = { name: string; options: Array<{ option: string; image_id?: string }> }

export type ContractItem = {
  item_id: number
  item_name: string
  description: string
  category_id: number
  weight: number
  dimension: { package_height: number; package_length: number; package_width: number } | null
  logistic_info: ShopeeLogisticInfo[]
  image_id_list: string[]
  brand: { brand_id: number; original_brand_name: string }
  item_sku: string
  item_status: ShopeeItemStatus
  condition: string
  attribute_list: ShopeeAttribute[]
  /** Unix seconds. */
  create_time: number
  /** Unix seconds. */
  update_time: number
  /** model_id 0 is the item itself when it has no variants. */
  models: Map<number, ContractModel>
  /** Empty until init_tier_variation; then every model has a model_id ≠ 0. */
  tiers: ContractTier[]
}

export type ContractImage = { image_id: string; filename: string; contentType: string; size: number; scene: string }

export type ContractCall = {
  seq: number
  method: string
  path: string
  /** Changes the shop's listings (add/update item, price, stock, image upload, unlist). */
  write: boolean
  atMs: number
  /** Envelope error answered, "" on success, null when no answer was sent (a dropped request). */
  error: string | null
  requestId: string | null
  /** The injected fault that shaped the answer, if any. */
  fault: string | null
}

type AccessRecord = { shopId: number; expiresAtMs: number; revoked: boolean }
type RefreshRecord = { shopId: number; expiresAtMs: number; used: boolean }

/**
 * Everything the contract server knows: tokens, listings, uploaded images,
 * orders, and a log of every call so tests can assert what was (not) sent.
 */
export class ShopeeContractState {
  readonly calls: ContractCall[] = []
  readonly items = new Map<number, ContractItem>()
  readonly images = new Map<string, ContractImage>()
  readonly orders: ContractOrder[]
  /** Refresh tokens presented to auth/access_token/get, in order (used ones included). */
  readonly refreshAttempts: string[] = []
  itemLimit: ShopeeItemLimit
  authorisationExpiresAtMs: number
  readonly authorisedAtMs: number
  private readonly access = new Map<string, AccessRecord>()
  private readonly refresh = new Map<string, RefreshRecord>()
  private readonly codes = new Map<string, { shopId: number; expiresAtMs: number; used: boolean }>()
  private lastPair: { accessToken: string; refreshToken: string } | null = null
  private nextItemId = 100_000_001
  private nextModelId = 200_000_001
  private seq = 0

  constructor(
    readonly partnerId: number,
    readonly partnerKey: string,
    readonly shopId: number,
    readonly clock: Clock,
    orders: ContractOrder[],
    itemLimit: ShopeeItemLimit,
    authorisationExpiresAtMs: number,
  ) {
    this.orders = orders
    this.itemLimit = itemLimit
    this.authorisationExpiresAtMs = authorisationExpiresAtMs
    this.authorisedAtMs = clock.nowMs()
  }

  nowMs(): number {
    return this.clock.nowMs()
  }

  nowSeconds(): number {
    return Math.floor(this.clock.nowMs() / 1000)
  }

  // ---- tokens ---------------------------------------------------------------

  /** A new pair for `shopId`, as auth/token/get and auth/access_token/get issue it. */
  issueTokenPair(shopId = this.shopId, accessExpiresAtMs = this.nowMs() + ACCESS_TOKEN_LIFETIME_MS): { accessToken: string; refreshToken: string; expireIn: number } {
    const accessToken = hex(16)
    const refreshToken = hex(16)
    this.access.set(accessToken, { shopId, expiresAtMs: accessExpiresAtMs, revoked: false })
    this.refresh.set(refreshToken, { shopId, expiresAtMs: this.nowMs() + REFRESH_TOKEN_LIFETIME_MS, used: false })
    this.lastPair = { accessToken, refreshToken }
    return { accessToken, refreshToken, expireIn: Math.round((accessExpiresAtMs - this.nowMs()) / 1000) }
  }

  /** The most recently issued pair (what a correct client must now hold). */
  latestPair(): { accessToken: string; refreshToken: string } | null {
    return this.lastPair
  }

  /** The shop id an access token is good for right now, or null. */
  accessTokenShop(token: string): number | null {
    const record = this.access.get(token)
    if (!record || record.revoked || record.expiresAtMs <= this.nowMs()) return null
    return record.shopId
  }

  /** Makes every access token invalid at once (as if 4 hours had passed on Shopee's side only). */
  expireAccessTokens(): void {
    for (const record of this.access.values()) record.revoked = true
  }

  /** Spends a refresh token: its shop when it was valid and unused, else null. */
  useRefreshToken(token: string, shopId: number): number | null {
    this.refreshAttempts.push(token)
    const record = this.refresh.get(token)
    if (!record || record.used || record.shopId !== shopId || record.expiresAtMs <= this.nowMs()) return null
    record.used = true
    return record.shopId
  }

  isRefreshTokenUsed(token: string): boolean {
    return this.refresh.get(token)?.used === true
  }

  /** A one-time authorisation code, as the redirect after the seller's consent carries it. */
  issueAuthCode(shopId = this.shopId): string {
    const code = hex(16)
    this.codes.set(code, { shopId, expiresAtMs: this.nowMs() + AUTH_CODE_LIFETIME_MS, used: false })
    return code
  }

  useAuthCode(code: string, shopId: number): boolean {
    const record = this.codes.get(code)
    if (!record || record.used || record.shopId !== shopId || record.expiresAtMs <= this.nowMs()) return false
    record.used = true
    return true
  }

  // ---- items ----------------------------------------------------------------

  newItemId(): number {
    const id = this.nextItemId
    this.nextItemId += 1
    return id
  }

  newModelId(): number {
    const id = this.nextModelId
    this.nextModelId += 1
    return id
  }

  /** Items not deleted by the seller or Shopee. */
  liveItems(): ContractItem[] {
    return [...this.items.values()].filter((item) => item.item_status !== "SELLER_DELETE" && item.item_status !== "SHOPEE_DELETE")
  }

  // ---- call log -------------------------------------------------------------

  record(method: string, path: string, write: boolean): ContractCall {
    this.seq += 1
    const call: ContractCall = { seq: this.seq, method, path, write, atMs: this.nowMs(), error: null, requestId: null, fault: null }
    this.calls.push(call)
    return call
  }

  writeCalls(): ContractCall[] {
    return this.calls.filter((call) => call.write)
  }

  /** Calls to `path` ("product/add_item" or "/api/v2/product/add_item"). */
  callsTo(path: string): ContractCall[] {
    const full = normalisePath(path)
    return this.calls.filter((call) => call.path === full)
  }

  resetCalls(): void {
    this.calls.length = 0
    this.refreshAttempts.length = 0
  }
}

/** "product/add_item" → "/api/v2/product/add_item"; full paths pass through. */
export function normalisePath(path: string): string {
  if (path.startsWith("/api/v2/")) return path
  return `/api/v2/${path.replace(/^\/+/, "")}`
}

export function hex(bytes: number): string {
  return randomBytes(bytes).toString("hex")
}
