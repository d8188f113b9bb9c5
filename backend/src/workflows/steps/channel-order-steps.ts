import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ChannelOrderStatus } from "../../modules/channels/domain/vocabulary"
import type { ChannelOrderRecord } from "../../modules/channels/types"
import { VARIANT_STOCK_FIELDS, variantStock, type VariantStock, type VariantStockRow } from "../../lib/channels/variant-stock"
import { graphRows } from "./graph-rows"
import { channelsService } from "./resolve-channels"

export type ChannelOrderLine = { sku: string; quantity: number; unit_price_vnd: number }

export type ChannelOrderBuyer = { name?: string; phone?: string; email?: string }

export type ChannelShippingAddress = {
  full_name: string
  phone?: string
  address_1: string
  address_2?: string
  ward?: string
  district?: string
  city: string
  province?: string
  postal_code?: string
}

export type ImportChannelOrderInput = {
  account_id: string
  external_order_id: string
  lines: ChannelOrderLine[]
  buyer?: ChannelOrderBuyer
  shipping_address?: ChannelShippingAddress
  /** When the buyer placed it on the platform (ISO). */
  placed_at?: string
}

export type OrderRejection = {
  code: "unknown_sku" | "insufficient_stock"
  message: string
  sku: string
  requested?: number
  available?: number
}

/** Units of one inventory item taken from one location for one order line. */
export type Allocation = { inventory_item_id: string; location_id: string; quantity: number }

export type PlannedLine = {
  sku: string
  variant_id: string
  title: string
  variant_title: string | null
  product_id: string
  quantity: number
  unit_price: number
  allocations: Allocation[]
}

export type ImportPlan = {
  action: "existing" | "reject" | "import"
  /** The idempotency record already there (imported, or rejected/stale to retry). */
  existing: ChannelOrderRecord | null
  rejection: OrderRejection | null
  lines: PlannedLine[]
  region_id: string | null
  location_ids: string[]
  variant_ids: string[]
  details: Record<string, unknown>
}

/** A pending record older than this is a crashed import, retried instead of refused. */
const STALE_PENDING_MS = 10 * 60 * 1000

type OrderVariantRow = VariantStockRow & { title: string | null; product?: VariantStockRow["product"] & { title?: string | null } }

/**
 * Takes each line's units from the locations with the most free stock,
 * several locations when one is not enough. Null names the first line that
 * cannot be served; stock never goes below zero.
 */
export function allocateLines(
  lines: ChannelOrderLine[],
  stock: Map<string, VariantStock>
): { allocations: Allocation[][] } | { short: ChannelOrderLine } {
  const free = new Map<string, number>()
  const key = (item: string, location: string) => `${item}|${location}`
  for (const variant of stock.values()) {
    for (const item of variant.items) {
      for (const level of item.levels) free.set(key(item.inventory_item_id, level.location_id), Math.max(0, level.free))
    }
  }
  const bySku = new Map([...stock.values()].map((variant) => [variant.sku, variant]))
  const allocations: Allocation[][] = []
  for (const line of lines) {
    const variant = bySku.get(line.sku) as VariantStock
    const taken: Allocation[] = []
    if (variant.manage_inventory) {
      if (!variant.items.length) return { short: line }
      for (const item of variant.items) {
        let need = line.quantity * item.required_quantity
        const levels = [...item.levels].sort(
          (a, b) => (free.get(key(item.inventory_item_id, b.location_id)) ?? 0) - (free.get(key(item.inventory_item_id, a.location_id)) ?? 0)
        )
        for (const level of levels) {
          if (need <= 0) break
          const k = key(item.inventory_item_id, level.location_id)
          const quantity = Math.min(need, free.get(k) ?? 0)
          if (quantity <= 0) continue
          free.set(k, (free.get(k) ?? 0) - quantity)
          taken.push({ inventory_item_id: item.inventory_item_id, location_id: level.location_id, quantity })
          need -= quantity
        }
        if (need > 0) return { short: line }
      }
    }
    allocations.push(taken)
  }
  return { allocations }
}

/**
 * Decides what an import does, reading only: return the order already
 * imported, refuse (unknown SKU, not enough stock — recorded by the next
 * step), or import with the lines' variants, the units to reserve at each
 * location, and the region.
 */
export const planChannelOrderImportStep = createStep(
  "plan-channel-order-import",
  async (input: ImportChannelOrderInput, { container }) => {
    const service = channelsService(container)
    const details: Record<string, unknown> = {
      lines: input.lines,
      buyer: input.buyer ?? null,
      shipping_address: input.shipping_address ?? null,
      placed_at: input.placed_at ?? null,
    }
    const empty = { lines: [], region_id: null, location_ids: [], variant_ids: [], details }
    const [existing] = await service.listChannelOrders(
      { account_id: input.account_id, external_order_id: input.external_order_id },
      { take: 1 }
    )
    if (existing?.status === "imported") {
      return new StepResponse<ImportPlan>({ action: "existing", existing, rejection: null, ...empty })
    }
    if (existing?.status === "pending" && Date.now() - new Date(existing.updated_at).getTime() < STALE_PENDING_MS) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Order ${input.external_order_id} of this account is being imported right now; try again in a moment`
      )
    }

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const skus = [...new Set(input.lines.map((line) => line.sku))]
    const { data } = await query.graph({
      entity: "product_variant",
      fields: [...VARIANT_STOCK_FIELDS, "title", "product.title"],
      filters: { sku: skus },
    })
    const rows = graphRows<OrderVariantRow>(data)
    const bySku = new Map(rows.map((row) => [row.sku, row]))
    const unknown = skus.filter((sku) => !bySku.has(sku))
    if (unknown.length) {
      const rejection: OrderRejection = {
        code: "unknown_sku",
        sku: unknown[0],
        message: `Unknown SKU ${unknown.map((sku) => `"${sku}"`).join(", ")}: no product variant has it; order ${input.external_order_id} was not imported`,
      }
      return new StepResponse<ImportPlan>({ action: "reject", existing: existing ?? null, rejection, ...empty })
    }

    const stock = new Map(rows.map((row) => [row.id, variantStock(row)]))
    const allocation = allocateLines(input.lines, stock)
    if ("short" in allocation) {
      const row = bySku.get(allocation.short.sku) as OrderVariantRow
      const available = stock.get(row.id)?.available ?? 0
      const requested = input.lines.filter((line) => line.sku === allocation.short.sku).reduce((sum, line) => sum + line.quantity, 0)
      const rejection: OrderRejection = {
        code: "insufficient_stock",
        sku: allocation.short.sku,
        requested,
        available,
        message: `Not enough stock for SKU "${allocation.short.sku}": ${requested} ordered, ${available} available; order ${input.external_order_id} was not imported`,
      }
      return new StepResponse<ImportPlan>({ action: "reject", existing: existing ?? null, rejection, ...empty })
    }

    const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code", "countries.iso_2"] })
    const regionRows = graphRows<{ id: string; currency_code: string; countries?: ({ iso_2: string } | null)[] | null }>(regions)
    const region =
      regionRows.find((candidate) => (candidate.countries ?? []).some((country) => country?.iso_2 === "vn")) ??
      regionRows.find((candidate) => candidate.currency_code === "vnd")
    if (!region) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "No region sells in VND to Việt Nam: create it before importing channel orders")
    }

    const lines: PlannedLine[] = input.lines.map((line, index) => {
      const row = bySku.get(line.sku) as OrderVariantRow
      return {
        sku: line.sku,
        variant_id: row.id,
        title: row.product?.title ?? row.title ?? line.sku,
        variant_title: row.title,
        product_id: row.product_id,
        quantity: line.quantity,
        unit_price: line.unit_price_vnd,
        allocations: allocation.allocations[index],
      }
    })
    const locationIds = [...new Set(lines.flatMap((line) => line.allocations.map((a) => a.location_id)))]
    return new StepResponse<ImportPlan>({
      action: "import",
      existing: existing ?? null,
      rejection: null,
      lines,
      region_id: region.id,
      location_ids: locationIds,
      variant_ids: [...new Set(lines.map((line) => line.variant_id))],
      details,
    })
  }
)

type ChannelOrderValues = {
  status: ChannelOrderStatus
  order_id?: string | null
  imported_at?: Date | null
  last_error?: Record<string, unknown> | null
  details?: Record<string, unknown> | null
}

type ChannelOrderUndo = { created: string | null; restore: ({ id: string } & ChannelOrderValues) | null }

/**
 * Creates or updates the idempotency record of a platform order. Creating
 * it first claims the (account, external order id) key: a concurrent import
 * of the same order fails on the unique index instead of making a second
 * order. Undone by deleting what it created or restoring what it changed.
 */
export const writeChannelOrderStep = createStep(
  "write-channel-order",
  async (
    input: { id: string | null; account_id: string; external_order_id: string; values: ChannelOrderValues },
    { container }
  ) => {
    const service = channelsService(container)
    if (!input.id) {
      const created = await service.createChannelOrders({
        account_id: input.account_id,
        external_order_id: input.external_order_id,
        ...input.values,
      })
      return new StepResponse(created, { created: created.id, restore: null } as ChannelOrderUndo)
    }
    const [previous] = await service.listChannelOrders({ id: input.id }, { take: 1 })
    const updated = await service.updateChannelOrders({ id: input.id, ...input.values })
    const restore = previous
      ? {
          id: previous.id,
          status: previous.status as ChannelOrderStatus,
          order_id: previous.order_id,
          imported_at: previous.imported_at,
          last_error: previous.last_error,
          details: previous.details,
        }
      : null
    return new StepResponse(updated, { created: null, restore } as ChannelOrderUndo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = channelsService(container)
    if (undo.created) await service.deleteChannelOrders(undo.created)
    if (undo.restore) await service.updateChannelOrders(undo.restore)
  }
)

/** Which of these locations the sales channel is not linked to yet, as links to create. */
export const planSalesChannelLocationLinksStep = createStep(
  "plan-sales-channel-location-links",
  async (input: { sales_channel_id: string; location_ids: string[] }, { container }) => {
    if (!input.location_ids.length) return new StepResponse([] as Record<string, Record<string, string>>[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "sales_channel",
      fields: ["id", "stock_locations.id"],
      filters: { id: input.sales_channel_id },
    })
    const [channel] = graphRows<{ stock_locations?: ({ id: string } | null)[] | null }>(data)
    const linked = new Set((channel?.stock_locations ?? []).flatMap((location) => (location ? [location.id] : [])))
    return new StepResponse(
      input.location_ids
        .filter((id) => !linked.has(id))
        .map((id) => ({
          [Modules.SALES_CHANNEL]: { sales_channel_id: input.sales_channel_id },
          [Modules.STOCK_LOCATION]: { stock_location_id: id },
        }))
    )
  }
)

/** The sales channel with this name, if any. Reads only. */
export const findSalesChannelByNameStep = createStep(
  "find-sales-channel-by-name",
  async (name: string, { container }) => {
    const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name }, { take: 1 })
    return new StepResponse(channel ? { id: channel.id } : null)
  }
)
