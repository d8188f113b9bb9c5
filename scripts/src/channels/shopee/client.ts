import { ChannelError } from "../core/errors"
import { resolveShopeeConfig, type ShopeeConfig, type ShopeeConfigInput } from "./config"
import { isRecord, isTokenError, type ShopeeEnvelope } from "./envelope"
import type { ShopeeAddItemBody, ShopeeFailure, ShopeeUpdateItemBody, ShopeeUpdatePriceBody, ShopeeUpdateStockBody } from "./item-types"
import type { ShopeeInitTierVariationRequest, ShopeeInitTierVariationResult, ShopeeModelList } from "./model-types"
import { checkInitTierVariation, createdModels, modelList } from "./models"
import type {
  ShopeeBrandPage,
  ShopeeCategory,
  ShopeeCategoryAttributes,
  ShopeeImageInfo,
  ShopeeItemBaseInfo,
  ShopeeItemLimit,
  ShopeeItemListPage,
  ShopeeItemResult,
  ShopeeItemStatus,
  ShopeeLogisticsChannel,
  ShopeeOrderDetail,
  ShopeeOrderListPage,
  ShopeeOrderStatus,
  ShopeePriceSuccess,
  ShopeeShopInfo,
  ShopeeStockSuccess,
  ShopeeUpdateResult,
} from "./response-types"
import { ShopeeTokens } from "./tokens"
import { ShopeeTransport, type ShopeeRequest } from "./transport"
import type { TokenPair } from "../core/token-store"
import { chunks } from "../core/chunks"

/** get_order_list accepts at most 15 days between time_from and time_to. */
export const ORDER_WINDOW_SECONDS = 15 * 24 * 3600
const MAX_PAGE = 100
const MAX_MODELS_PER_UPDATE = 50
const MAX_ORDERS_PER_DETAIL = 50
const MAX_ITEMS_PER_BASE_INFO = 50

export type ImageFile = { bytes: Uint8Array; filename: string; contentType?: string }

export type ItemListQuery = { offset: number; pageSize: number; itemStatus: ShopeeItemStatus[]; updateTimeFrom?: number; updateTimeTo?: number }

export type OrderListQuery = {
  timeRangeField: "create_time" | "update_time"
  /** Unix seconds. */
  timeFrom: number
  /** Unix seconds; at most 15 days after timeFrom. */
  timeTo: number
  pageSize: number
  cursor?: string
  orderStatus?: ShopeeOrderStatus
  /** e.g. ["order_status"]. */
  responseOptionalFields?: string[]
}

/**
 * Shopee Open Platform v2 client for one shop: signing, token refresh,
 * retries, rate limiting and envelope mapping live in ShopeeTransport and
 * ShopeeTokens; each method here is one documented API.
 */
export class ShopeeClient {
  readonly config: ShopeeConfig
  private readonly transport: ShopeeTransport
  private readonly tokens: ShopeeTokens
  private authorisationChecked = false

  constructor(input: ShopeeConfigInput | ShopeeConfig) {
    this.config = resolveShopeeConfig(input)
    this.transport = new ShopeeTransport(this.config)
    this.tokens = new ShopeeTokens(this.config, this.transport)
  }

  // ---- auth ---------------------------------------------------------------

  /** auth/token/get: the `code` from the authorisation redirect → a stored token pair. */
  exchangeAuthCode(code: string): Promise<TokenPair> {
    return this.tokens.exchangeCode(code)
  }

  /** auth/access_token/get, serialised per shop; the new pair is stored before it is returned. */
  async refreshAccessToken(): Promise<TokenPair> {
    const pair = await this.tokens.current()
    return this.tokens.refresh(pair.accessToken)
  }

  /** A warning sentence when the seller's authorisation ends within 14 days; null otherwise. */
  authorisationWarning(): Promise<string | null> {
    return this.tokens.authorisationWarning()
  }

  /** shop/get_shop_info; also records the authorisation end (`expire_time`) for authorisationWarning(). */
  async getShopInfo(): Promise<ShopeeShopInfo> {
    const envelope = await this.shop({ method: "GET", path: "/api/v2/shop/get_shop_info", idempotent: true })
    // get_shop_info answers at the top level, not under `response`.
    const info = envelope.body as ShopeeShopInfo
    if (typeof info.expire_time === "number" && info.expire_time > 0) {
      await this.tokens.setAuthorisationExpiry(info.expire_time * 1000)
      this.authorisationChecked = false
    }
    return info
  }

  // ---- listing preparation ------------------------------------------------

  async getCategories(language: "vi" | "en" = "vi"): Promise<ShopeeCategory[]> {
    const envelope = await this.shop({ method: "GET", path: "/api/v2/product/get_category", query: { language }, idempotent: true })
    return list<ShopeeCategory>(envelope.response.category_list)
  }

  /** get_attribute_tree (it replaces get_attributes), at most 20 categories a call. */
  async getAttributeTree(categoryIds: number[], language: "vn" | "en" = "vn"): Promise<ShopeeCategoryAttributes[]> {
    if (categoryIds.length === 0 || categoryIds.length > 20) throw usage("category_id_list", "get_attribute_tree takes 1 to 20 categories")
    const envelope = await this.shop({ method: "GET", path: "/api/v2/product/get_attribute_tree", query: { category_id_list: categoryIds, language }, idempotent: true })
    return list<ShopeeCategoryAttributes>(envelope.response.list)
  }

  async getBrandList(input: { categoryId: number; offset?: number; pageSize?: number; status?: 1 | 2; language?: string }): Promise<ShopeeBrandPage> {
    const pageSize = checkPage(input.pageSize ?? MAX_PAGE)
    const envelope = await this.shop({
      method: "GET",
      path: "/api/v2/product/get_brand_list",
      query: { category_id: input.categoryId, offset: input.offset ?? 0, page_size: pageSize, status: input.status ?? 1, language: input.language },
      idempotent: true,
    })
    const response = envelope.response
    return {
      brand_list: list(response.brand_list),
      has_next_page: response.has_next_page === true,
      next_offset: typeof response.next_offset === "number" ? response.next_offset : 0,
      is_mandatory: response.is_mandatory === true,
      input_type: typeof response.input_type === "string" ? response.input_type : undefined,
    }
  }

  async getItemLimit(categoryId: number): Promise<ShopeeItemLimit> {
    const envelope = await this.shop({ method: "GET", path: "/api/v2/product/get_item_limit", query: { category_id: categoryId }, idempotent: true })
    return envelope.response as ShopeeItemLimit
  }

  async getChannelList(): Promise<ShopeeLogisticsChannel[]> {
    const envelope = await this.shop({ method: "GET", path: "/api/v2/logistics/get_channel_list", idempotent: true })
    return list<ShopeeLogisticsChannel>(envelope.response.logistics_channel_list)
  }

  /**
   * media_space/upload_image: multipart with the file in field `image`. A
   * public API (signed with partner_id + path + timestamp). Shopee takes
   * files only, not URLs: the caller downloads the picture first.
   */
  async uploadImage(file: ImageFile, scene: "normal" | "desc" = "normal"): Promise<ShopeeImageInfo> {
    await this.warnAuthorisationOnce()
    const form = (): FormData => {
      const data = new FormData()
      const bytes = new Uint8Array(file.bytes)
      data.append("image", new Blob([bytes], { type: file.contentType ?? guessType(file.filename) }), file.filename)
      data.append("scene", scene)
      return data
    }
    const envelope = await this.transport.call({ method: "POST", path: "/api/v2/media_space/upload_image", form, idempotent: true }, { kind: "public" })
    const info = envelope.response.image_info
    if (!isRecord(info) || typeof info.image_id !== "string") {
      throw new ChannelError({ platform: "shopee", code: "bad_response", message: "Shopee upload_image answered without image_info.image_id", retryable: false, requestId: envelope.requestId })
    }
    return { image_id: info.image_id, image_url_list: list(info.image_url_list) }
  }

  // ---- items --------------------------------------------------------------

  /** add_item. Not retried after a timeout (see ShopeeRequest.idempotent): a blind retry could list the product twice. */
  async addItem(body: ShopeeAddItemBody): Promise<ShopeeItemResult> {
    checkIntegerPrice(body.original_price, "original_price")
    const envelope = await this.shop({ method: "POST", path: "/api/v2/product/add_item", json: body, idempotent: false })
    return itemResult(envelope)
  }

  /**
   * init_tier_variation: turns an item into 1–2 tiers of options with one
   * model per combination (price, stock, SKU each). Like add_item it is not
   * retried after a timeout: the outcome is unknown and the caller re-reads
   * with getModelList() before sending it again. Shopee's guide asks for
   * about 5 s between add_item and this call (the item may not be ready).
   */
  async initTierVariation(body: ShopeeInitTierVariationRequest): Promise<ShopeeInitTierVariationResult> {
    checkInitTierVariation(body)
    if (body.tier_variation) {
      this.config.logger.warn(`shopee init_tier_variation item ${body.item_id}: tier_variation is deprecated on the API page (2025-09-12); send standardise_tier_variation`)
    }
    const envelope = await this.shop({
      method: "POST",
      path: "/api/v2/product/init_tier_variation",
      json: body,
      idempotent: false,
      lookup: `Read the item's models (get_model_list item_id=${body.item_id})`,
    })
    return { models: createdModels(envelope.response), requestId: envelope.requestId, warning: envelope.warning }
  }

  /** get_model_list: the item's tiers and models (model_id, tier_index, model_sku, price_info, stock_info_v2). */
  async getModelList(itemId: number): Promise<ShopeeModelList> {
    const envelope = await this.shop({ method: "GET", path: "/api/v2/product/get_model_list", query: { item_id: itemId }, idempotent: true })
    return modelList(envelope.response)
  }

  async updateItem(body: ShopeeUpdateItemBody): Promise<ShopeeItemResult> {
    const envelope = await this.shop({ method: "POST", path: "/api/v2/product/update_item", json: body, idempotent: true })
    return itemResult(envelope)
  }

  /**
   * unlist_item (unlist: true hides a listing, false shows it again), ≤ 50
   * items a call; e.g. when an OCOP certificate expires. Per-item failures are
   * returned, not dropped.
   */
  async unlistItems(items: Array<{ item_id: number; unlist: boolean }>): Promise<ShopeeUpdateResult<{ item_id: number; unlist: boolean }>> {
    if (items.length === 0 || items.length > 50) throw usage("item_list", "unlist_item takes 1 to 50 items")
    const envelope = await this.shop({ method: "POST", path: "/api/v2/product/unlist_item", json: { item_list: items }, idempotent: true })
    const failures = list<{ item_id: number; failed_reason: string }>(envelope.response.failure_list)
    if (failures.length > 0) this.config.logger.warn(`shopee unlist_item: ${failures.length} item(s) failed (request_id=${envelope.requestId ?? "-"})`)
    return {
      ok: failures.length === 0,
      failures: failures.map((failure) => ({ model_id: failure.item_id, failed_reason: `item ${failure.item_id}: ${failure.failed_reason}` })),
      successes: list(envelope.response.success_list),
      requestId: envelope.requestId,
      warning: envelope.warning,
    }
  }

  /** update_price: one item, ≤ 50 models, VND integers. Per-model failures come back in `failures` (and `ok` is false). */
  async updatePrice(body: ShopeeUpdatePriceBody): Promise<ShopeeUpdateResult<ShopeePriceSuccess>> {
    checkModelCount(body.price_list.length, "price_list")
    body.price_list.forEach((entry, index) => checkIntegerPrice(entry.original_price, `price_list.${index}.original_price`))
    const envelope = await this.shop({ method: "POST", path: "/api/v2/product/update_price", json: body, idempotent: true })
    return this.updateResult<ShopeePriceSuccess>("update_price", body.item_id, envelope)
  }

  /** update_stock: one item, ≤ 50 models. Per-model failures come back in `failures` (and `ok` is false). */
  async updateStock(body: ShopeeUpdateStockBody): Promise<ShopeeUpdateResult<ShopeeStockSuccess>> {
    checkModelCount(body.stock_list.length, "stock_list")
    for (const entry of body.stock_list) {
      for (const stock of entry.seller_stock) if (!Number.isInteger(stock.stock) || stock.stock < 0) throw usage("stock", "stock must be a whole number ≥ 0")
    }
    const envelope = await this.shop({ method: "POST", path: "/api/v2/product/update_stock", json: body, idempotent: true })
    return this.updateResult<ShopeeStockSuccess>("update_stock", body.item_id, envelope)
  }

  /** One page of get_item_list (page_size ≤ 100; item_status is sent as repeated keys). */
  async getItemList(query: ItemListQuery): Promise<ShopeeItemListPage> {
    if (query.itemStatus.length === 0) throw usage("item_status", "get_item_list needs at least one item_status")
    const envelope = await this.shop({
      method: "GET",
      path: "/api/v2/product/get_item_list",
      query: {
        offset: query.offset,
        page_size: checkPage(query.pageSize),
        item_status: query.itemStatus,
        update_time_from: query.updateTimeFrom,
        update_time_to: query.updateTimeTo,
      },
      idempotent: true,
    })
    const response = envelope.response
    return {
      // Shopee leaves `item` out when the page is empty.
      item: list(response.item),
      total_count: typeof response.total_count === "number" ? response.total_count : 0,
      has_next_page: response.has_next_page === true,
      next_offset: typeof response.next_offset === "number" ? response.next_offset : 0,
    }
  }

  /** Every item with one of `itemStatus`, following next_offset. */
  async listAllItems(itemStatus: ShopeeItemStatus[] = ["NORMAL", "UNLIST"], pageSize = MAX_PAGE): Promise<ShopeeItemListPage["item"]> {
    const all: ShopeeItemListPage["item"] = []
    let offset = 0
    for (;;) {
      const page = await this.getItemList({ offset, pageSize, itemStatus })
      all.push(...page.item)
      if (!page.has_next_page || page.next_offset <= offset) return all
      offset = page.next_offset
    }
  }

  /** get_item_base_info for up to 50 items a call (item_id_list comma-separated, as documented); larger lists are chunked. */
  async getItemBaseInfo(itemIds: number[]): Promise<ShopeeItemBaseInfo[]> {
    const out: ShopeeItemBaseInfo[] = []
    for (const chunk of chunks(itemIds, MAX_ITEMS_PER_BASE_INFO)) {
      const envelope = await this.shop({ method: "GET", path: "/api/v2/product/get_item_base_info", query: { item_id_list: chunk.join(",") }, idempotent: true })
      out.push(...list<ShopeeItemBaseInfo>(envelope.response.item_list))
    }
    return out
  }

  // ---- orders -------------------------------------------------------------

  async getOrderList(query: OrderListQuery): Promise<ShopeeOrderListPage> {
    if (query.timeTo < query.timeFrom || query.timeTo - query.timeFrom > ORDER_WINDOW_SECONDS) {
      throw usage("time_to", "get_order_list takes time_from ≤ time_to at most 15 days apart")
    }
    const envelope = await this.shop({
      method: "GET",
      path: "/api/v2/order/get_order_list",
      query: {
        time_range_field: query.timeRangeField,
        time_from: query.timeFrom,
        time_to: query.timeTo,
        page_size: checkPage(query.pageSize),
        cursor: query.cursor ?? "",
        order_status: query.orderStatus,
        response_optional_fields: query.responseOptionalFields?.join(","),
      },
      idempotent: true,
    })
    const response = envelope.response
    return { order_list: list(response.order_list), more: response.more === true, next_cursor: typeof response.next_cursor === "string" ? response.next_cursor : "" }
  }

  /** Every order updated (or created) between two times, cut into 15-day windows and following the cursor. */
  async listOrders(input: { timeRangeField: "create_time" | "update_time"; timeFrom: number; timeTo: number; orderStatus?: ShopeeOrderStatus }): Promise<ShopeeOrderListPage["order_list"]> {
    const all: ShopeeOrderListPage["order_list"] = []
    for (let from = input.timeFrom; from <= input.timeTo; from += ORDER_WINDOW_SECONDS + 1) {
      const to = Math.min(input.timeTo, from + ORDER_WINDOW_SECONDS)
      let cursor = ""
      for (;;) {
        const page = await this.getOrderList({ timeRangeField: input.timeRangeField, timeFrom: from, timeTo: to, pageSize: MAX_PAGE, cursor, orderStatus: input.orderStatus, responseOptionalFields: ["order_status"] })
        all.push(...page.order_list)
        if (!page.more || !page.next_cursor || page.next_cursor === cursor) break
        cursor = page.next_cursor
      }
    }
    return all
  }

  /** get_order_detail: order_sn_list comma-separated (≤ 50 a call; chunked), response_optional_fields comma-separated. */
  async getOrderDetail(orderSns: string[], optionalFields: string[] = ["item_list", "total_amount", "pay_time"]): Promise<ShopeeOrderDetail[]> {
    const out: ShopeeOrderDetail[] = []
    for (const chunk of chunks(orderSns, MAX_ORDERS_PER_DETAIL)) {
      const envelope = await this.shop({
        method: "GET",
        path: "/api/v2/order/get_order_detail",
        query: { order_sn_list: chunk.join(","), response_optional_fields: optionalFields.length ? optionalFields.join(",") : undefined },
        idempotent: true,
      })
      out.push(...list<ShopeeOrderDetail>(envelope.response.order_list))
    }
    return out
  }

  // ---- plumbing -----------------------------------------------------------

  /** A shop call with a good token; on a token error, one refresh and one more try. */
  private async shop(request: ShopeeRequest): Promise<ShopeeEnvelope> {
    await this.warnAuthorisationOnce()
    const pair = await this.tokens.current()
    try {
      return await this.transport.call(request, { kind: "shop", accessToken: pair.accessToken }, [pair.refreshToken])
    } catch (error) {
      if (!isTokenError(error)) throw error
      this.config.logger.warn(`shopee: ${request.path} answered ${error.code} (request_id=${error.requestId ?? "-"}); refreshing the access token once`)
      const next = await this.tokens.refresh(pair.accessToken)
      return this.transport.call(request, { kind: "shop", accessToken: next.accessToken }, [next.refreshToken])
    }
  }

  private async warnAuthorisationOnce(): Promise<void> {
    if (this.authorisationChecked) return
    this.authorisationChecked = true
    const warning = await this.tokens.authorisationWarning()
    if (warning) this.config.logger.warn(warning)
  }

  private updateResult<Success>(api: string, itemId: number, envelope: ShopeeEnvelope): ShopeeUpdateResult<Success> {
    const failures = list<ShopeeFailure>(envelope.response.failure_list)
    const successes = list<Success>(envelope.response.success_list)
    if (failures.length > 0) {
      const detail = failures.map((failure) => `model ${failure.model_id}: ${failure.failed_reason}`).join("; ")
      this.config.logger.warn(`shopee ${api} item ${itemId}: ${failures.length} model(s) failed (request_id=${envelope.requestId ?? "-"}): ${detail}`)
    }
    return { ok: failures.length === 0, failures, successes, requestId: envelope.requestId, warning: envelope.warning }
  }
}

/** Throws when an update result carries per-model failures (for callers that want all-or-error). */
export function assertNoFailures<Success>(result: ShopeeUpdateResult<Success>, what: string): void {
  if (result.ok) return
  const first = result.failures[0]
  throw new ChannelError({
    platform: "shopee",
    code: "partial_failure",
    message: `Shopee ${what}: ${result.failures.length} model(s) failed${first ? `, e.g. model ${first.model_id}: ${first.failed_reason}` : ""}`,
    retryable: false,
    field: first ? `model_id:${first.model_id}` : null,
    requestId: result.requestId,
  })
}

function itemResult(envelope: ShopeeEnvelope): ShopeeItemResult {
  const response = envelope.response
  if (typeof response.item_id !== "number") {
    throw new ChannelError({ platform: "shopee", code: "bad_response", message: "Shopee answered without response.item_id", retryable: false, requestId: envelope.requestId })
  }
  return { ...(response as ShopeeItemResult), warning: envelope.warning }
}

function list<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : []
}

function checkPage(pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE) throw usage("page_size", "page_size must be 1 to 100")
  return pageSize
}

function checkModelCount(count: number, field: string): void {
  if (count < 1 || count > MAX_MODELS_PER_UPDATE) throw usage(field, `${field} takes 1 to 50 models (one item per call)`)
}

/** Vietnam allows no decimals in prices (update_price page: only SG/MY/BR/MX/PL/ES/AR take two decimals). */
function checkIntegerPrice(price: number, field: string): void {
  if (!Number.isInteger(price) || price <= 0) throw usage(field, "a VND price must be a positive whole number")
}

function usage(field: string, message: string): ChannelError {
  return new ChannelError({ platform: "shopee", code: "invalid_request", message: `Shopee: ${message}`, retryable: false, field })
}

function guessType(filename: string): string {
  return /\.png$/i.test(filename) ? "image/png" : "image/jpeg"
}
