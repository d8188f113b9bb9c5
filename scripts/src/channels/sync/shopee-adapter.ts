import { systemClock, type Clock } from "../core/clock"
import { ChannelError } from "../core/errors"
import { finaliseShopeeItem, shopeeTierVariationBody, type ShopeeItemDraft } from "../mapping/shopee-item"
import type { PlanEntry, PlanSku } from "../mapping/plan"
import type { ShopeeClient } from "../shopee/client"
import { logisticInfoFor } from "../shopee/logistics"
import type { ShopeeLogisticInfo } from "../shopee/item-types"
import type { ChannelAdapter, ChannelOrder, SkuFailure } from "./adapter"
import type { ExternalRef } from "./ledger"
import { chunks } from "../core/chunks"

const BASE_INFO_MAX = 50
const ORDER_DETAIL_MAX = 50

type FetchImage = (url: string) => Promise<{ bytes: Uint8Array; contentType: string }>

const fetchImage: FetchImage = async (url) => {
  const response = await fetch(url, { signal: AbortSignal.timeout(20_000) })
  if (!response.ok) throw new ChannelError({ platform: "shopee", code: "image_source", field: "image", message: `${url}: HTTP ${response.status}`, retryable: response.status >= 500 })
  return { bytes: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get("content-type") ?? "image/jpeg" }
}

function draftOf(entry: PlanEntry): ShopeeItemDraft {
  if (entry.platform !== "shopee" || !entry.payload) {
    throw new ChannelError({ platform: "shopee", code: "no_payload", message: `${entry.sku}: nothing to send (refused in the plan)`, retryable: false })
  }
  return entry.payload
}

function byItem(skus: PlanSku[], refs: Map<string, ExternalRef>): Map<string, Array<{ sku: PlanSku; modelId: string | null }>> {
  const groups = new Map<string, Array<{ sku: PlanSku; modelId: string | null }>>()
  for (const sku of skus) {
    const ref = refs.get(sku.sku)
    if (!ref) continue
    groups.set(ref.itemId, [...(groups.get(ref.itemId) ?? []), { sku, modelId: ref.modelId }])
  }
  return groups
}

/**
 * Shopee through the real client: pictures are uploaded (Shopee takes files,
 * not URLs), the shop's enabled logistics channels are read once per run,
 * packs become models through init_tier_variation, and price/stock updates
 * report per-model failures instead of hiding them.
 */
/** Shopee's listing guide asks for a pause between add_item and init_tier_variation while the item settles. */
const TIER_VARIATION_DELAY_MS = 5_000

export function shopeeAdapter(client: ShopeeClient, options: { fetchImage?: FetchImage; clock?: Clock } = {}): ChannelAdapter {
  const download = options.fetchImage ?? fetchImage
  const clock = options.clock ?? systemClock
  let logistics: ShopeeLogisticInfo[] | null = null
  const uploaded = new Map<string, string>()

  async function imageIds(urls: string[]): Promise<string[]> {
    const ids: string[] = []
    for (const url of urls) {
      let id = uploaded.get(url)
      if (!id) {
        const image = await download(url)
        const name = new URL(url).pathname.split("/").pop() || "image.jpg"
        id = (await client.uploadImage({ bytes: image.bytes, filename: name, contentType: image.contentType })).image_id
        uploaded.set(url, id)
      }
      ids.push(id)
    }
    return ids
  }

  async function shopLogistics(): Promise<ShopeeLogisticInfo[]> {
    logistics ??= logisticInfoFor(await client.getChannelList())
    return logistics
  }

  async function modelRefs(itemId: number): Promise<Map<string, ExternalRef>> {
    const models = await client.getModelList(itemId)
    return new Map(models.model.map((model) => [model.model_sku, { itemId: String(itemId), modelId: String(model.model_id) }]))
  }

  function failuresOf(result: { failures: Array<{ model_id: number; failed_reason: string }> }, group: Array<{ sku: PlanSku; modelId: string | null }>): SkuFailure[] {
    return result.failures.map((failure) => ({
      sku: group.find((entry) => entry.modelId === String(failure.model_id))?.sku.sku ?? group[0]?.sku.sku ?? "?",
      message: failure.failed_reason,
    }))
  }

  return {
    platform: "shopee",
    async findBySkus(skus) {
      const wanted = new Set(skus)
      const found = new Map<string, ExternalRef>()
      const items = await client.listAllItems(["NORMAL", "UNLIST"])
      for (const batch of chunks(items.map((item) => item.item_id), BASE_INFO_MAX)) {
        for (const info of await client.getItemBaseInfo(batch)) {
          if (info.has_model) {
            for (const [sku, ref] of await modelRefs(info.item_id)) if (wanted.has(sku)) found.set(sku, ref)
          } else if (info.item_sku && wanted.has(info.item_sku)) {
            found.set(info.item_sku, { itemId: String(info.item_id), modelId: null })
          }
        }
      }
      return found
    },
    async create(entry) {
      const draft = draftOf(entry)
      const body = finaliseShopeeItem(draft, { imageIds: await imageIds(draft.imageUrls), logistics: await shopLogistics() })
      const { item_id: itemId } = await client.addItem(body)
      const tiers = shopeeTierVariationBody(draft, itemId)
      if (!tiers) return new Map(draft.models.map((model) => [model.sku, { itemId: String(itemId), modelId: null }]))
      await clock.sleep(TIER_VARIATION_DELAY_MS)
      try {
        await client.initTierVariation(tiers)
      } catch (error) {
        // Timed out: the models may exist. Read them before deciding; send again only if none landed.
        if (!(error instanceof ChannelError) || error.code !== "outcome_unknown") throw error
        if ((await client.getModelList(itemId)).model.length === 0) await client.initTierVariation(tiers)
      }
      return modelRefs(itemId)
    },
    async updateContent(entry, refs) {
      const draft = draftOf(entry)
      const itemId = refs.values().next().value?.itemId
      if (!itemId) throw new ChannelError({ platform: "shopee", code: "not_listed", message: `${entry.sku}: no Shopee item id in the ledger`, retryable: false })
      const { original_price: _price, seller_stock: _stock, ...content } = finaliseShopeeItem(draft, { imageIds: await imageIds(draft.imageUrls), logistics: await shopLogistics() })
      await client.updateItem({ ...content, item_id: Number(itemId), item_status: "NORMAL" })
    },
    async updatePrices(skus, refs) {
      const failures: SkuFailure[] = []
      for (const [itemId, group] of byItem(skus, refs)) {
        const result = await client.updatePrice({
          item_id: Number(itemId),
          price_list: group.map(({ sku, modelId }) => ({ ...(modelId ? { model_id: Number(modelId) } : {}), original_price: sku.priceVnd })),
        })
        failures.push(...failuresOf(result, group))
      }
      return failures
    },
    async updateStocks(skus, refs) {
      const failures: SkuFailure[] = []
      for (const [itemId, group] of byItem(skus, refs)) {
        const result = await client.updateStock({
          item_id: Number(itemId),
          stock_list: group.map(({ sku, modelId }) => ({ ...(modelId ? { model_id: Number(modelId) } : {}), seller_stock: [{ stock: sku.stock }] })),
        })
        failures.push(...failuresOf(result, group))
      }
      return failures
    },
    async unlist(_entry, refs) {
      const itemIds = [...new Set([...refs.values()].map((ref) => ref.itemId))]
      if (!itemIds.length) return
      const result = await client.unlistItems(itemIds.map((id) => ({ item_id: Number(id), unlist: true })))
      if (result.failures.length) throw new ChannelError({ platform: "shopee", code: "unlist_failed", message: result.failures.map((f) => f.failed_reason).join("; "), retryable: false, requestId: result.requestId })
    },
    async orders(from, to, by = "created") {
      const list = await client.listOrders({ timeRangeField: by === "updated" ? "update_time" : "create_time", timeFrom: from, timeTo: to })
      const orders: ChannelOrder[] = []
      for (const batch of chunks(list.map((order) => order.order_sn), ORDER_DETAIL_MAX)) {
        for (const detail of await client.getOrderDetail(batch)) {
          // Cancelled before we saw it, or not yet paid by card: nothing to reserve.
          if (detail.order_status === "CANCELLED" || (detail.order_status === "UNPAID" && !detail.cod)) continue
          const lines = (detail.item_list ?? []).map((item) => ({
            sku: item.model_sku || item.item_sku,
            quantity: item.model_quantity_purchased,
            unitPriceVnd: Math.round(item.model_discounted_price || item.model_original_price),
          }))
          orders.push({ externalOrderId: detail.order_sn, status: detail.order_status, createdAt: new Date(detail.create_time * 1000).toISOString(), buyerName: detail.buyer_username ?? null, lines })
        }
      }
      return orders
    },
    async stocks(refs) {
      const stocks = new Map<string, number>()
      const singles = [...refs].filter(([, ref]) => !ref.modelId)
      for (const batch of chunks(singles, BASE_INFO_MAX)) {
        const infos = await client.getItemBaseInfo(batch.map(([, ref]) => Number(ref.itemId)))
        for (const [sku, ref] of batch) {
          const info = infos.find((candidate) => String(candidate.item_id) === ref.itemId)
          if (info) stocks.set(sku, info.stock_info_v2?.summary_info?.total_available_stock ?? info.stock_info_v2?.seller_stock?.[0]?.stock ?? 0)
        }
      }
      const withModels = new Set([...refs.values()].filter((ref) => ref.modelId).map((ref) => ref.itemId))
      for (const itemId of withModels) {
        const models = await client.getModelList(Number(itemId))
        for (const model of models.model) stocks.set(model.model_sku, model.stock_info_v2?.summary_info?.total_available_stock ?? model.stock_info_v2?.seller_stock?.[0]?.stock ?? 0)
      }
      return stocks
    },
  }
}
