import { ChannelError } from "../core/errors"
import { withRetry } from "../core/retry"
import { resolveLazadaConfig, type LazadaConfig, type LazadaConfigInput } from "./config"
import * as decode from "./decode"
import { detailsFrom, dataOf } from "./envelope"
import { LazadaApiError, lazadaUsageError, type LazadaErrorDetail } from "./errors"
import { IMAGES_PER_MIGRATION, migrateImageBatch, uploadImageFile } from "./images"
import { nextOrderPage, ORDERS_OFFSET_MAX } from "./order-window"
import { asArray, asNumber, asString } from "./parse"
import { priceQuantitySkuProblem } from "./payload-checks"
import { chunks } from "../core/chunks"
import { priceQuantityPayload, settleBatch } from "./price-quantity"
import type { LazadaPriceQuantitySku, LazadaProductPayload } from "./product-types"
import type {
  LazadaBrand,
  LazadaBrandPage,
  LazadaCategoryAttribute,
  LazadaCategoryNode,
  LazadaCreatedProduct,
  LazadaImageMigration,
  LazadaOrder,
  LazadaOrderItem,
  LazadaOrderPage,
  LazadaOrdersQuery,
  LazadaPriceQuantityResult,
  LazadaProduct,
  LazadaProductPage,
  LazadaProductsQuery,
  LazadaSkuRef,
} from "./response-types"
import { LazadaTokens, type LazadaAuthorisationWarning } from "./tokens"
import { sendLazada, type LazadaCall } from "./transport"

/** Lazada's documented per-call limits. */
export const LAZADA_LIMITS = {
  imagesPerMigration: IMAGES_PER_MIGRATION,
  /** price_quantity accepts 50 SKUs but recommends 20 (more time out as ServiceTimeout). */
  priceQuantityMax: 50,
  priceQuantityRecommended: 20,
  productsPageMax: 50,
  productsOffsetMax: 10_000,
  ordersPageMax: 100,
  ordersOffsetMax: ORDERS_OFFSET_MAX,
  brandsPageMax: 200,
  sellerSkuFilterMax: 100,
} as const

/** "seller": signed with the access token; "public": APIs marked "No Authorization Required". */
type Auth = "seller" | "public"
type AttemptState = { refreshed: boolean }

/**
 * Lazada Open Platform client for one seller. Every call is signed, rate
 * limited per seller, retried with backoff on transient failures
 * (ApiCallLimit, E901, ServiceTimeout, HTTP 429/5xx, timeouts) and retried
 * once after a token refresh when Lazada answers IllegalAccessToken.
 */
export class LazadaClient {
  readonly config: LazadaConfig
  readonly tokens: LazadaTokens

  constructor(input: LazadaConfigInput) {
    this.config = resolveLazadaConfig(input)
    this.tokens = new LazadaTokens(this.config)
  }

  // ---- authorisation -------------------------------------------------------

  /** Exchanges the code from the authorisation callback for the first token pair. */
  createTokens(code: string) {
    return this.tokens.createFromCode(code)
  }

  /** A warning when the seller's authorisation (refresh token) ends within 14 days. */
  authorisationWarning(): Promise<LazadaAuthorisationWarning | null> {
    return this.tokens.authorisationWarning()
  }

  // ---- categories and brands -----------------------------------------------

  async getCategoryTree(languageCode = "vi_VN"): Promise<LazadaCategoryNode[]> {
    const body = await this.call({ path: "/category/tree/get", method: "GET", params: { language_code: languageCode } }, "public")
    return asArray(body.data).map(decode.categoryNode).filter((node): node is LazadaCategoryNode => node !== null)
  }

  async getCategoryAttributes(primaryCategoryId: number, languageCode = "vi_VN"): Promise<LazadaCategoryAttribute[]> {
    const body = await this.call({ path: "/category/attributes/get", method: "GET", params: { primary_category_id: primaryCategoryId, language_code: languageCode } }, "public")
    return asArray(body.data).map(decode.categoryAttribute).filter((attribute): attribute is LazadaCategoryAttribute => attribute !== null)
  }

  /** One page of GetBrandByPages (startRow = brands to skip, pageSize ≤ 200). */
  async getBrandPage(startRow = 0, pageSize: number = LAZADA_LIMITS.brandsPageMax): Promise<LazadaBrandPage> {
    if (pageSize < 1 || pageSize > LAZADA_LIMITS.brandsPageMax) throw lazadaUsageError("invalid_argument", `brand pageSize must be 1..${LAZADA_LIMITS.brandsPageMax}`, "pageSize")
    const body = await this.call({ path: "/category/brands/query", method: "GET", params: { startRow, pageSize } }, "public")
    const data = dataOf(body)
    return {
      brands: asArray(data.module).map(decode.brand).filter((brand): brand is LazadaBrand => brand !== null),
      startRow,
      pageSize,
      totalRecord: asNumber(data.total_record),
    }
  }

  /** Every brand, page by page (the list can change while paging; callers should tolerate duplicates). */
  async *allBrands(pageSize: number = LAZADA_LIMITS.brandsPageMax): AsyncGenerator<LazadaBrand> {
    for (let startRow = 0; ; startRow += pageSize) {
      const page = await this.getBrandPage(startRow, pageSize)
      yield* page.brands
      if (page.brands.length < pageSize || (page.totalRecord !== null && startRow + pageSize >= page.totalRecord)) return
    }
  }

  // ---- images --------------------------------------------------------------

  /**
   * Moves external images to Lazada's CDN (products accept only Lazada image
   * URLs), 8 per /images/migrate call, and maps each result to its source URL.
   */
  async migrateImages(urls: readonly string[]): Promise<LazadaImageMigration> {
    const result: LazadaImageMigration = { migrated: [], failed: [] }
    for (const batch of chunks(urls, IMAGES_PER_MIGRATION)) {
      const outcome = await migrateImageBatch(this.config, (call) => this.call(call), batch)
      result.migrated.push(...outcome.migrated)
      result.failed.push(...outcome.failed)
    }
    return result
  }

  /** Uploads one JPG/PNG (≤ 1 MB to be safe) as the multipart `image` file. */
  uploadImage(bytes: Uint8Array, filename: string, contentType = "image/jpeg"): Promise<{ url: string; hashCode: string | null }> {
    return uploadImageFile((call) => this.call(call), bytes, filename, contentType)
  }

  // ---- products ------------------------------------------------------------

  /**
   * Creates one product. Create is not idempotent: when an attempt ended
   * without a clear answer (timeout, network, ServiceTimeout, 5xx) the next
   * attempt first looks the first SellerSku up, so a product created by a
   * lost attempt is returned (recovered: true) instead of being created twice.
   * Per-SKU refusals come back as LazadaApiError.details.
   */
  async createProduct(payload: LazadaProductPayload): Promise<LazadaCreatedProduct> {
    const firstSku = payload.Request.Product.Skus.Sku[0]?.SellerSku
    if (!firstSku) throw lazadaUsageError("invalid_argument", "a product needs at least one SKU with a SellerSku", "SellerSku")
    const state: AttemptState = { refreshed: false }
    let unclear = false
    return withRetry(
      async (attempt) => {
        if (attempt > 1 && unclear) {
          const existing = await this.findProductBySellerSku(firstSku)
          if (existing) {
            this.config.logger.warn(`lazada /product/create: SKU ${firstSku} already exists as item ${existing.itemId} after an unanswered attempt; using it`)
            return { itemId: existing.itemId, itemStatus: existing.status, skus: existing.skus.map(({ sellerSku, skuId, shopSku }) => ({ sellerSku, skuId, shopSku })), recovered: true }
          }
        }
        try {
          const body = await this.attempt({ path: "/product/create", method: "POST", params: { payload: JSON.stringify(payload) } }, "seller", state)
          return createdProduct(body)
        } catch (error) {
          unclear = unclear || outcomeUnknown(error)
          throw error
        }
      },
      this.config.clock,
      this.config.retry,
      this.config.random,
    )
  }

  /** Updates an existing product (ItemId, or SKUs by SellerSku/SkuId). Setting values is idempotent, so it is retried. */
  async updateProduct(payload: LazadaProductPayload): Promise<void> {
    const body = await this.call({ path: "/product/update", method: "POST", params: { payload: JSON.stringify(payload) } })
    const details = detailsFrom(body)
    if (details.length > 0) throw skuFailureError("/product/update", body, details)
  }

  /**
   * Sets price and/or stock of many SKUs: batches of ≤ 20 (Lazada accepts 50
   * but recommends 20; bigger calls time out). Absolute values make a repeat
   * harmless, so batches are retried. Per-SKU refusals are collected, not
   * thrown; a batch-level failure (auth, limits exhausted) throws.
   */
  async updatePriceQuantity(skus: readonly LazadaPriceQuantitySku[], options: { batchSize?: number } = {}): Promise<LazadaPriceQuantityResult> {
    const batchSize = options.batchSize ?? LAZADA_LIMITS.priceQuantityRecommended
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > LAZADA_LIMITS.priceQuantityMax) {
      throw lazadaUsageError("invalid_argument", `price_quantity batch size must be 1..${LAZADA_LIMITS.priceQuantityMax}`, "batchSize")
    }
    for (const sku of skus) {
      const problem = priceQuantitySkuProblem(sku)
      if (problem) throw lazadaUsageError("invalid_argument", problem, "SellerSku")
    }
    const result: LazadaPriceQuantityResult = { calls: 0, updated: [], failures: [] }
    for (const batch of chunks(skus, batchSize)) {
      let details: LazadaErrorDetail[]
      result.calls += 1
      try {
        details = detailsFrom(await this.call({ path: "/product/price_quantity/update", method: "POST", params: { payload: priceQuantityPayload(batch) } }))
      } catch (error) {
        if (!(error instanceof LazadaApiError) || error.details.length === 0) throw error
        details = error.details
      }
      settleBatch(batch, details, result)
    }
    return result
  }

  /** One page of GetProducts (limit ≤ 50). */
  async getProducts(query: LazadaProductsQuery = {}): Promise<LazadaProductPage> {
    const limit = query.limit ?? LAZADA_LIMITS.productsPageMax
    if (!Number.isInteger(limit) || limit < 1 || limit > LAZADA_LIMITS.productsPageMax) throw lazadaUsageError("invalid_argument", `products limit must be 1..${LAZADA_LIMITS.productsPageMax}`, "limit")
    if (query.sellerSkus && query.sellerSkus.length > LAZADA_LIMITS.sellerSkuFilterMax) throw lazadaUsageError("invalid_argument", `at most ${LAZADA_LIMITS.sellerSkuFilterMax} SellerSkus per products query`, "sku_seller_list")
    const body = await this.call({
      path: "/products/get",
      method: "GET",
      params: {
        filter: query.filter ?? "all",
        limit,
        offset: query.offset ?? 0,
        sku_seller_list: query.sellerSkus ? JSON.stringify(query.sellerSkus) : undefined,
        create_after: query.createdAfter ? decode.lazadaDate(query.createdAfter) : undefined,
        create_before: query.createdBefore ? decode.lazadaDate(query.createdBefore) : undefined,
        update_after: query.updatedAfter ? decode.lazadaDate(query.updatedAfter) : undefined,
        update_before: query.updatedBefore ? decode.lazadaDate(query.updatedBefore) : undefined,
      },
    })
    const data = dataOf(body)
    const products = asArray(data.products).map(decode.product).filter((item): item is LazadaProduct => item !== null)
    return { totalProducts: asNumber(data.total_products) ?? products.length, products }
  }

  /** Every product matching the query, paging by offset (which Lazada caps at 10000). */
  async *allProducts(query: Omit<LazadaProductsQuery, "offset"> = {}): AsyncGenerator<LazadaProduct> {
    const limit = query.limit ?? LAZADA_LIMITS.productsPageMax
    for (let offset = 0; ; offset += limit) {
      if (offset > LAZADA_LIMITS.productsOffsetMax) throw lazadaUsageError("invalid_argument", "more than 10000 products: narrow the query with date filters", "offset")
      const page = await this.getProducts({ ...query, limit, offset })
      yield* page.products
      if (page.products.length < limit || offset + limit >= page.totalProducts) return
    }
  }

  async findProductBySellerSku(sellerSku: string): Promise<LazadaProduct | null> {
    const page = await this.getProducts({ filter: "all", sellerSkus: [sellerSku], limit: 10 })
    return page.products.find((item) => item.skus.some((sku) => sku.sellerSku === sellerSku)) ?? null
  }

  // ---- orders --------------------------------------------------------------

  /** One page of GetOrders: created_after or update_after is mandatory; limit ≤ 100. */
  async getOrders(query: LazadaOrdersQuery): Promise<LazadaOrderPage> {
    if (!query.createdAfter && !query.updateAfter) throw lazadaUsageError("invalid_argument", "orders query needs createdAfter or updateAfter", "created_after")
    const limit = query.limit ?? LAZADA_LIMITS.ordersPageMax
    if (!Number.isInteger(limit) || limit < 1 || limit > LAZADA_LIMITS.ordersPageMax) throw lazadaUsageError("invalid_argument", `orders limit must be 1..${LAZADA_LIMITS.ordersPageMax}`, "limit")
    const body = await this.call({
      path: "/orders/get",
      method: "GET",
      params: {
        created_after: query.createdAfter ? decode.lazadaDate(query.createdAfter) : undefined,
        created_before: query.createdBefore ? decode.lazadaDate(query.createdBefore) : undefined,
        update_after: query.updateAfter ? decode.lazadaDate(query.updateAfter) : undefined,
        update_before: query.updateBefore ? decode.lazadaDate(query.updateBefore) : undefined,
        status: query.status,
        offset: query.offset ?? 0,
        limit,
        sort_by: query.sortBy,
        sort_direction: query.sortDirection,
      },
    })
    const data = dataOf(body)
    const orders = asArray(data.orders).map(decode.order).filter((item): item is LazadaOrder => item !== null)
    return { count: asNumber(data.count) ?? orders.length, countTotal: asNumber(data.countTotal) ?? orders.length, orders }
  }

  /**
   * Every order in the window, oldest first. Offsets stop at 5000, so (as the
   * GetOrders guide says) the window start moves to the last order's time and
   * the offset restarts at 0; orders seen twice are skipped.
   */
  async *allOrders(query: Omit<LazadaOrdersQuery, "offset" | "sortBy" | "sortDirection">): AsyncGenerator<LazadaOrder> {
    const limit = query.limit ?? LAZADA_LIMITS.ordersPageMax
    const seen = new Set<string>()
    let position: { window: LazadaOrdersQuery; offset: number } | null = {
      window: { ...query, limit, sortBy: query.createdAfter ? "created_at" : "updated_at", sortDirection: "ASC" },
      offset: 0,
    }
    while (position) {
      const page = await this.getOrders({ ...position.window, offset: position.offset })
      for (const item of page.orders) {
        if (seen.has(item.orderId)) continue
        seen.add(item.orderId)
        yield item
      }
      try {
        position = nextOrderPage(position.window, position.offset, page, limit)
      } catch (error) {
        throw lazadaUsageError("invalid_argument", error instanceof Error ? error.message : String(error), "offset")
      }
    }
  }

  async getOrderItems(orderId: string | number): Promise<LazadaOrderItem[]> {
    const body = await this.call({ path: "/order/items/get", method: "GET", params: { order_id: String(orderId) } })
    return asArray(body.data).map(decode.orderItem).filter((item): item is LazadaOrderItem => item !== null)
  }

  // ---- plumbing ------------------------------------------------------------

  /** Any signed call, retried per the retry policy. Exposed for APIs this class does not wrap. */
  call(call: LazadaCall, auth: Auth = "seller"): Promise<Record<string, unknown>> {
    const state: AttemptState = { refreshed: false }
    return withRetry(() => this.attempt(call, auth, state), this.config.clock, this.config.retry, this.config.random)
  }

  /**
   * One attempt. The token is read before taking a rate-limit slot (a refresh
   * must never wait behind calls that wait for it). IllegalAccessToken is
   * answered by one refresh and one resend per logical call.
   */
  private async attempt(call: LazadaCall, auth: Auth, state: AttemptState): Promise<Record<string, unknown>> {
    const token = auth === "seller" ? await this.tokens.accessToken() : null
    try {
      return await this.config.limiter.run(this.config.sellerKey, () => sendLazada(this.config, call, token))
    } catch (error) {
      if (token === null || state.refreshed || !(error instanceof ChannelError) || error.code !== "IllegalAccessToken") throw error
      state.refreshed = true
      this.config.logger.warn(`lazada ${call.path}: access token refused; refreshing once`)
      const pair = await this.tokens.refresh(token)
      return this.config.limiter.run(this.config.sellerKey, () => sendLazada(this.config, call, pair.accessToken))
    }
  }
}

function createdProduct(body: Record<string, unknown>): LazadaCreatedProduct {
  const data = dataOf(body)
  const itemId = asNumber(data.item_id)
  if (itemId === null) throw new ChannelError({ platform: "lazada", code: "invalid_response", message: "Lazada /product/create answered without item_id", retryable: false, requestId: asString(body.request_id) })
  const details = detailsFrom(body)
  if (details.length > 0) throw skuFailureError("/product/create", body, details)
  return {
    itemId,
    itemStatus: asString(data.item_status),
    skus: asArray(data.sku_list).map(decode.skuRef).filter((sku): sku is LazadaSkuRef => sku !== null),
    recovered: false,
  }
}

/** A success envelope that still lists refused SKUs. */
function skuFailureError(apiPath: string, body: Record<string, unknown>, details: LazadaErrorDetail[]): LazadaApiError {
  return new LazadaApiError({
    apiPath,
    code: "sku_refused",
    message: `Lazada ${apiPath}: ${details.map((detail) => `${detail.sellerSku ?? "?"}: ${detail.message}`).join("; ")}`,
    retryable: false,
    details,
    field: details.find((detail) => detail.field)?.field ?? null,
    requestId: asString(body.request_id),
  })
}

/** Failures after which the request may or may not have been carried out. */
function outcomeUnknown(error: unknown): boolean {
  if (!(error instanceof ChannelError)) return false
  return error.code === "timeout" || error.code === "network" || error.code === "ServiceTimeout" || (error.httpStatus !== null && error.httpStatus >= 500)
}
