import fs from "node:fs"
import type { ExecArgs, ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus, type AbstractEventBusModuleService } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow, createProductTagsWorkflow } from "@medusajs/medusa/core-flows"
import { OCOP_MODULE } from "../../modules/ocop"
import { criteriaVersionOn, defaultIssuer, expiryFor, isStars, type CriteriaVersion } from "../../modules/ocop/domain/certificate-rules"
import { PRODUCT_SETS } from "../../modules/ocop/domain/classification"
import { addMonths, dayToDate, vietnamDay } from "../../modules/ocop/domain/dates"
import type { District } from "../../modules/ocop/domain/geography"
import type OcopModuleService from "../../modules/ocop/service"
import { createProducerWorkflow } from "../../workflows/create-producer"
import { refreshOcopListingsWorkflow } from "../../workflows/refresh-ocop-listings"
import { productCertificateLink, productProducerLink } from "../../workflows/steps/product-links"
import { PRODUCERS } from "../seeding/catalogue/producers"
import { seedShopSetup } from "../seeding/shop-setup"
import { benchCatalogue, type BenchProduct } from "./search-catalogue"

const BATCH = 250

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size))
}

/**
 * `medusa exec ./src/scripts/bench/seed-search-bench.ts` (run by `pnpm bench:search`
 * on its own database): the shop setup, the 91 producers (workflow), N
 * products (core workflows in batches, with VND prices, tags and stock),
 * their certificates and links (batched: the per-product certify workflow
 * would take most of an hour), catalogue rows, then a full rebuild of the
 * product search index, timed. Writes a JSON summary to BENCH_OUTPUT.
 */
export default async function seedSearchBench({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const total = Number(process.env.BENCH_PRODUCTS ?? 10_000)
  const startedAt = Date.now()

  // The fixture is built without event subscribers: they would refresh the
  // catalogue row and the search document of each product as it is created.
  // This script refreshes the rows in batches and builds the index once, at
  // the end, which is what is measured.
  const eventBus = container.resolve<AbstractEventBusModuleService>(Modules.EVENT_BUS)
  for (const [event, subscribers] of eventBus.eventToSubscribersMap) {
    for (const { id, subscriber } of [...subscribers]) eventBus.unsubscribe(event.toString(), subscriber, { subscriberId: id })
  }

  const setup = await seedShopSetup(container)
  const producers = new Map<string, { id: string; district: District }>()
  for (const producer of PRODUCERS) {
    const { result } = await createProducerWorkflow(container).run({
      input: {
        name: producer.name,
        type: producer.type,
        district: producer.district,
        commune: producer.commune,
        address: producer.street,
        phone: producer.phone,
        zalo: producer.zalo ?? null,
        story: producer.story,
        is_sample: producer.is_sample,
      },
    })
    producers.set(producer.key, { id: result.id, district: producer.district })
  }
  logger.info(`[bench] ${producers.size} producers`)

  const catalogue = benchCatalogue(total)
  const tagValues = [...new Set(catalogue.flatMap((product) => product.tags))]
  const { result: tags } = await createProductTagsWorkflow(container).run({
    input: { product_tags: tagValues.map((value) => ({ value })) },
  })
  const tagIds = new Map(tags.map((tag) => [tag.value, tag.id]))

  const productIds = new Map<string, string>()
  for (const batch of chunks(catalogue, BATCH)) {
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((product) => ({
          title: product.title,
          subtitle: product.subtitle,
          handle: product.handle,
          description: product.description,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: setup.shippingProfileId,
          sales_channels: [{ id: setup.salesChannelId }],
          tag_ids: product.tags.flatMap((tag) => (tagIds.has(tag) ? [tagIds.get(tag) as string] : [])),
          options: [{ title: "Quy cách", values: [product.subtitle] }],
          variants: [
            {
              title: product.subtitle,
              sku: `BENCH-${product.handle}`.slice(0, 120),
              manage_inventory: true,
              options: { "Quy cách": product.subtitle },
              prices: [{ amount: product.price, currency_code: "vnd" }],
            },
          ],
        })),
      },
    })
    for (const created of result) productIds.set(created.handle, created.id)
    logger.info(`[bench] ${productIds.size} / ${catalogue.length} products`)
  }

  const stockByProduct = new Map(catalogue.map((product) => [productIds.get(product.handle) as string, product.stock]))
  const levels: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
  for (const ids of chunks([...productIds.values()], 1000)) {
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["product_id", "inventory_items.inventory_item_id"],
      filters: { product_id: ids },
    })
    for (const variant of data as { product_id: string; inventory_items?: ({ inventory_item_id: string } | null)[] | null }[]) {
      for (const item of variant.inventory_items ?? []) {
        if (item) levels.push({ inventory_item_id: item.inventory_item_id, location_id: setup.stockLocationId, stocked_quantity: stockByProduct.get(variant.product_id) ?? 0 })
      }
    }
  }
  for (const batch of chunks(levels, 1000)) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: batch } })
  }
  logger.info(`[bench] ${levels.length} stock levels`)

  const today = vietnamDay()
  const certified = catalogue.filter((product) => product.certificate !== "none")
  for (const [index, batch] of chunks(certified, 500).entries()) {
    const records = batch.map((product: BenchProduct, offset) => {
      const producer = producers.get(product.producer)
      if (!producer) throw new Error(`unknown producer ${product.producer}`)
      const issued = addMonths(today, -product.issued_months_ago)
      const criteria: CriteriaVersion = criteriaVersionOn(issued)
      const stars = isStars(product.stars) ? product.stars : 3
      return {
        stars,
        score: null,
        product_group: PRODUCT_SETS[product.product_set].group,
        product_set: product.product_set,
        certificate_number: `BENCH-${index * 500 + offset}`,
        decision_number: "1/QĐ-BENCH",
        issuer: defaultIssuer(stars, criteria, producer.district),
        criteria_version: criteria,
        issued_at: dayToDate(issued),
        expires_at: dayToDate(expiryFor(issued)),
        status: product.certificate === "valid" ? ("active" as const) : product.certificate === "revoked" ? ("revoked" as const) : ("expired" as const),
        revoked_at: product.certificate === "revoked" ? dayToDate(addMonths(today, -1)) : null,
        revocation_reason: product.certificate === "revoked" ? "Benchmark" : null,
        is_sample: true,
        producer_id: producer.id,
      }
    })
    const created = await ocop.createOcopCertificates(records)
    await link.create(
      batch.flatMap((product, offset) => {
        const productId = productIds.get(product.handle) as string
        return [
          productCertificateLink(productId, created[offset].id),
          productProducerLink(productId, (producers.get(product.producer) as { id: string }).id),
        ]
      })
    )
  }
  logger.info(`[bench] ${certified.length} certificates`)

  for (const ids of chunks([...productIds.values()], 500)) {
    await refreshOcopListingsWorkflow(container).run({ input: { product_ids: ids } })
  }
  const seededMs = Date.now() - startedAt
  logger.info(`[bench] catalogue rows refreshed; seeded in ${(seededMs / 1000).toFixed(1)} s`)

  // Fresh statistics, as autovacuum would gather after a bulk load (it may be
  // off on a test server): without them PostgreSQL plans for empty tables.
  await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw("ANALYZE")

  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  const buildStartedAt = Date.now()
  await search.reindex({ index: "product" })
  const buildMs = Date.now() - buildStartedAt
  logger.info(`[bench] product search index built in ${(buildMs / 1000).toFixed(1)} s`)

  const summary = { products: productIds.size, certified: certified.length, seeded_ms: seededMs, index_build_ms: buildMs }
  if (process.env.BENCH_OUTPUT) fs.writeFileSync(process.env.BENCH_OUTPUT, JSON.stringify(summary))
}
