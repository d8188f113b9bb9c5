import type { LazadaClient } from "../lazada/client"
import type { LazadaPriceQuantitySku } from "../lazada/product-types"
import { finaliseLazadaProduct, type LazadaProductDraft } from "../mapping/lazada-product"
import type { PlanEntry, PlanSku } from "../mapping/plan"
import { ChannelError } from "../core/errors"
import type { ChannelAdapter, ChannelOrder, SkuFailure } from "./adapter"
import type { ExternalRef } from "./ledger"
import { chunks } from "../core/chunks"

const SKU_QUERY_MAX = 100

function draftOf(entry: PlanEntry): LazadaProductDraft {
  if (entry.platform !== "lazada" || !entry.payload) {
    throw new ChannelError({ platform: "lazada", code: "no_payload", message: `${entry.sku}: nothing to send (refused in the plan)`, retryable: false })
  }
  return entry.payload
}

/** Lazada writes times as "2018-03-14 15:29:21 +0800" or ISO; the backend takes ISO. */
function isoTime(value: string | null, fallbackSeconds: number): string {
  const parsed = value ? Date.parse(value) : Number.NaN
  return new Date(Number.isNaN(parsed) ? fallbackSeconds * 1000 : parsed).toISOString()
}

/**
 * Lazada through the real client: images are migrated to Lazada's host
 * before a create or update (Lazada refuses other hosts), price and quantity
 * go in batches, and a withdrawn listing is offered 0 units.
 */
export function lazadaAdapter(client: LazadaClient): ChannelAdapter {
  async function hostedImages(draft: LazadaProductDraft): Promise<string[]> {
    const migration = await client.migrateImages(draft.imageUrls)
    if (!migration.migrated.length) {
      throw new ChannelError({ platform: "lazada", code: "images", field: "Images", message: migration.failed.map((f) => `${f.sourceUrl}: ${f.message}`).join("; ") || "no image could be migrated", retryable: false })
    }
    const bySource = new Map(migration.migrated.map((image) => [image.sourceUrl, image.url]))
    return draft.imageUrls.flatMap((url) => (bySource.has(url) ? [bySource.get(url) as string] : []))
  }

  function priceQuantity(skus: PlanSku[], refs: Map<string, ExternalRef>, part: "price" | "stock"): LazadaPriceQuantitySku[] {
    return skus.map((sku) => {
      const ref = refs.get(sku.sku)
      return {
        SellerSku: sku.sku,
        ...(ref ? { ItemId: Number(ref.itemId), ...(ref.modelId ? { SkuId: Number(ref.modelId) } : {}) } : {}),
        ...(part === "price" ? { Price: sku.priceVnd } : { Quantity: sku.stock }),
      }
    })
  }

  async function pushPriceQuantity(rows: LazadaPriceQuantitySku[]): Promise<SkuFailure[]> {
    const result = await client.updatePriceQuantity(rows)
    return result.failures.map((failure) => ({ sku: failure.sellerSku ?? "?", message: failure.message }))
  }

  return {
    platform: "lazada",
    async findBySkus(skus) {
      const found = new Map<string, ExternalRef>()
      for (const batch of chunks(skus, SKU_QUERY_MAX)) {
        const page = await client.getProducts({ sellerSkus: batch, limit: 50 })
        for (const product of page.products) {
          for (const sku of product.skus) {
            if (batch.includes(sku.sellerSku)) found.set(sku.sellerSku, { itemId: String(product.itemId), modelId: sku.skuId === null ? null : String(sku.skuId) })
          }
        }
      }
      return found
    },
    async create(entry) {
      const draft = draftOf(entry)
      const created = await client.createProduct(finaliseLazadaProduct(draft, await hostedImages(draft)))
      return new Map(created.skus.map((sku) => [sku.sellerSku, { itemId: String(created.itemId), modelId: sku.skuId === null ? null : String(sku.skuId) }]))
    },
    async updateContent(entry, refs) {
      const draft = draftOf(entry)
      const itemId = refs.values().next().value?.itemId
      if (!itemId) throw new ChannelError({ platform: "lazada", code: "not_listed", message: `${entry.sku}: no Lazada item id in the ledger`, retryable: false })
      await client.updateProduct(finaliseLazadaProduct(draft, await hostedImages(draft), Number(itemId)))
    },
    updatePrices: (skus, refs) => pushPriceQuantity(priceQuantity(skus, refs, "price")),
    updateStocks: (skus, refs) => pushPriceQuantity(priceQuantity(skus, refs, "stock")),
    async unlist(entry, refs) {
      // Withdrawn: nothing can be bought (the item stays, so a renewed certificate can bring it back).
      const failures = await pushPriceQuantity(priceQuantity(entry.skus.map((sku) => ({ ...sku, stock: 0 })), refs, "stock"))
      if (failures.length) throw new ChannelError({ platform: "lazada", code: "sku_failures", message: failures.map((f) => `${f.sku}: ${f.message}`).join("; "), retryable: false })
    },
    async orders(from, to, by = "created") {
      const orders: ChannelOrder[] = []
      const window =
        by === "updated"
          ? { updateAfter: new Date(from * 1000), updateBefore: new Date(to * 1000), sortBy: "updated_at" as const }
          : { createdAfter: new Date(from * 1000), createdBefore: new Date(to * 1000), sortBy: "created_at" as const }
      for (let offset = 0; ; offset += 100) {
        const page = await client.getOrders({ ...window, status: "all", offset, limit: 100, sortDirection: "ASC" })
        for (const order of page.orders) {
          // Lazada lists one order item per unit: count them per seller SKU.
          const lines = new Map<string, { sku: string; quantity: number; unitPriceVnd: number }>()
          for (const item of await client.getOrderItems(order.orderId)) {
            if (!item.sellerSku || item.status === "canceled") continue
            const line = lines.get(item.sellerSku) ?? { sku: item.sellerSku, quantity: 0, unitPriceVnd: Math.round(item.itemPrice ?? 0) }
            line.quantity += 1
            lines.set(item.sellerSku, line)
          }
          if (lines.size) orders.push({ externalOrderId: order.orderId, status: order.statuses.join(","), createdAt: isoTime(order.createdAt, from), buyerName: null, lines: [...lines.values()] })
        }
        if (page.orders.length < 100) return orders
      }
    },
    async stocks(refs) {
      const stocks = new Map<string, number>()
      for (const batch of chunks([...refs.keys()], SKU_QUERY_MAX)) {
        const page = await client.getProducts({ sellerSkus: batch, limit: 50 })
        for (const product of page.products) for (const sku of product.skus) if (batch.includes(sku.sellerSku)) stocks.set(sku.sellerSku, sku.quantity ?? 0)
      }
      return stocks
    },
  }
}
