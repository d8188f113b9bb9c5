import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { InventoryEvents } from "@medusajs/framework/utils"
import { OCOP_CERTIFICATE_ATTACHED } from "../workflows/attach-certificate"
import { OCOP_CERTIFICATE_CREATED } from "../workflows/certify-product"
import { OCOP_CERTIFICATE_DELETED } from "../workflows/delete-certificate"
import { OCOP_PRODUCER_DELETED } from "../workflows/delete-producer"
import { OCOP_CERTIFICATE_DETACHED } from "../workflows/detach-certificate"
import { OCOP_CERTIFICATE_RENEWAL_FILED } from "../workflows/file-certificate-renewal"
import { OCOP_LISTINGS_REFRESHED } from "../workflows/refresh-ocop-listings"
import { reindexProductSearchWorkflow } from "../workflows/reindex-product-search"
import { OCOP_CERTIFICATE_REVOKED } from "../workflows/revoke-certificate"
import { OCOP_CERTIFICATE_UPDATED } from "../workflows/update-certificate"
import { OCOP_PRODUCER_UPDATED } from "../workflows/update-producer"
import type { AffectedProductsInput } from "../workflows/steps/search-steps"

const CERTIFICATE_EVENTS: string[] = [
  OCOP_CERTIFICATE_CREATED,
  OCOP_CERTIFICATE_UPDATED,
  OCOP_CERTIFICATE_REVOKED,
  OCOP_CERTIFICATE_RENEWAL_FILED,
  OCOP_CERTIFICATE_ATTACHED,
  OCOP_CERTIFICATE_DETACHED,
  OCOP_CERTIFICATE_DELETED,
]
const PRODUCER_EVENTS: string[] = [OCOP_PRODUCER_UPDATED, OCOP_PRODUCER_DELETED]
const INVENTORY_EVENTS: string[] = [
  InventoryEvents.INVENTORY_LEVEL_CREATED,
  InventoryEvents.INVENTORY_LEVEL_UPDATED,
  InventoryEvents.INVENTORY_LEVEL_DELETED,
]

type Payload = Record<string, unknown> | Record<string, unknown>[]

const strings = (values: unknown[]): string[] => values.filter((value): value is string => typeof value === "string")

/** Which products an event is about, by what it carries. */
function affected(name: string, data: Payload): AffectedProductsInput {
  const entries = Array.isArray(data) ? data : [data]
  if (name === OCOP_LISTINGS_REFRESHED) {
    return { product_ids: strings(entries.flatMap((entry) => (Array.isArray(entry.product_ids) ? entry.product_ids : []))) }
  }
  if (CERTIFICATE_EVENTS.includes(name)) return { product_ids: strings(entries.map((entry) => entry.product_id)) }
  if (PRODUCER_EVENTS.includes(name)) return { producer_ids: strings(entries.map((entry) => entry.id)) }
  return { inventory_level_ids: strings(entries.map((entry) => entry.id)) }
}

type Pending = { input: Required<AffectedProductsInput>; waiters: { resolve: () => void; reject: (error: unknown) => void }[] }

/** Events arrive in bursts (a product brings listing, stock and certificate events): one reindex per burst. */
const COALESCE_MS = 200
let pending: Pending | null = null
let running: Promise<void> = Promise.resolve()

function flush(container: MedusaContainer): void {
  const batch = pending
  pending = null
  if (!batch) return
  // One reindex at a time: they would only queue on the Search Module's lock.
  running = running.then(async () => {
    try {
      await reindexProductSearchWorkflow(container).run({ input: batch.input })
      for (const waiter of batch.waiters) waiter.resolve()
    } catch (error) {
      for (const waiter of batch.waiters) waiter.reject(error)
    }
  })
}

function enqueue(container: MedusaContainer, input: AffectedProductsInput): Promise<void> {
  if (!pending) {
    pending = { input: { product_ids: [], producer_ids: [], inventory_level_ids: [] }, waiters: [] }
    setTimeout(() => flush(container), COALESCE_MS)
  }
  const batch = pending
  batch.input.product_ids.push(...(input.product_ids ?? []))
  batch.input.producer_ids.push(...(input.producer_ids ?? []))
  batch.input.inventory_level_ids.push(...(input.inventory_level_ids ?? []))
  return new Promise((resolve, reject) => batch.waiters.push({ resolve, reject }))
}

/**
 * Keeps the product search index in step with what Medusa's own product
 * events do not cover: certificates (stars, group, validity), producers
 * (name, place, type), catalogue rows (prices, sales channels) and stock.
 * Events of the same burst are merged into one run of the workflow, which the
 * handler waits for. Idempotent: reindexing a product twice writes the same
 * document.
 */
export default async function searchOcopSync({ event, container }: SubscriberArgs<Payload>): Promise<void> {
  await enqueue(container, affected(event.name, event.data))
}

export const config: SubscriberConfig = {
  event: [OCOP_LISTINGS_REFRESHED, ...CERTIFICATE_EVENTS, ...PRODUCER_EVENTS, ...INVENTORY_EVENTS],
  context: { subscriberId: "search-ocop-sync" },
}
