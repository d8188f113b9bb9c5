import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createProductTagsWorkflow,
  updateInventoryItemsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { PRODUCT_SETS } from "../../modules/ocop/domain/classification"
import { communeLabel, DISTRICTS, findCommune } from "../../modules/ocop/domain/geography"
import { certifyProductWorkflow } from "../../workflows/certify-product"
import { createProducerWorkflow } from "../../workflows/create-producer"
import { fileCertificateRenewalWorkflow } from "../../workflows/file-certificate-renewal"
import { renewCertificateWorkflow } from "../../workflows/renew-certificate"
import { revokeCertificateWorkflow } from "../../workflows/revoke-certificate"
import { PRODUCERS } from "./catalogue/producers"
import { PRODUCTS } from "./catalogue/products"
import type { SeedProducer, SeedProduct } from "./catalogue/types"
import { productImageSvg } from "./product-image"
import { rasteriseProductImage } from "./product-photo"
import type { ShopSetup } from "./shop-setup"

const BATCH = 48
const OPTION = "Quy cách"

type SeededProducer = { id: string; stockLocationId: string }

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size))
}

async function seedProducers(container: MedusaContainer, producers: SeedProducer[]): Promise<Map<string, SeededProducer>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const byKey = new Map<string, SeededProducer>()
  for (const producer of producers) {
    const { result } = await createProducerWorkflow(container).run({
      input: {
        name: producer.name,
        type: producer.type,
        district: producer.district,
        commune: producer.commune,
        address: producer.street,
        phone: producer.phone,
        zalo: producer.zalo ?? null,
        email: producer.email ?? null,
        registration_number: producer.registration_number ?? null,
        representative: producer.representative ?? null,
        story: producer.story,
        is_sample: producer.is_sample,
      },
    })
    const { data } = await query.graph({
      entity: "ocop_producer",
      fields: ["id", "stock_location.id"],
      filters: { id: result.id },
    })
    const stockLocationId = (data[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id
    if (!stockLocationId) throw new Error(`producer ${producer.key} has no stock location`)
    byKey.set(producer.key, { id: result.id, stockLocationId })
  }
  return byKey
}

function placeOf(producer: SeedProducer): string {
  const commune = findCommune(producer.commune)
  return `${commune ? communeLabel(commune) : producer.commune} · ${DISTRICTS[producer.district]}`
}

async function uploadImages(container: MedusaContainer, products: SeedProduct[], producers: Map<string, SeedProducer>) {
  const urls = new Map<string, string>()
  for (const batch of chunks(products, BATCH)) {
    const photos = await Promise.all(
      batch.map((product) => {
        const producer = producers.get(product.producer)
        return rasteriseProductImage(
          productImageSvg({
            title: product.title,
            subtitle: product.subtitle,
            group: PRODUCT_SETS[product.product_set].group,
            place: producer ? placeOf(producer) : "Cao Bằng",
          })
        )
      })
    )
    const { result } = await uploadFilesWorkflow(container).run({
      input: {
        files: batch.map((product, index) => ({
          filename: `${product.handle}.jpg`,
          mimeType: "image/jpeg",
          content: photos[index].toString("base64"),
          access: "public" as const,
        })),
      },
    })
    batch.forEach((product, index) => urls.set(product.handle, result[index].url))
  }
  return urls
}

async function ensureTags(container: MedusaContainer, products: SeedProduct[]): Promise<Map<string, string>> {
  const values = [...new Set(products.flatMap((product) => product.tags))]
  const { result } = await createProductTagsWorkflow(container).run({
    input: { product_tags: values.map((value) => ({ value })) },
  })
  return new Map(result.map((tag) => [tag.value, tag.id]))
}

/**
 * The Cao Bằng catalogue (144 products of 91 producers), created through the
 * same workflows the admin uses: producers with their stock locations,
 * products with VND prices, images and label information, stock at each
 * producer's location, then certificates with their renewals, renewal
 * filings and revocations.
 */
export async function seedCatalogue(
  container: MedusaContainer,
  setup: ShopSetup,
  catalogue: { producers: SeedProducer[]; products: SeedProduct[] } = { producers: PRODUCERS, products: PRODUCTS }
): Promise<{ productIds: string[]; producerIds: string[] }> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const seedProducers_ = new Map(catalogue.producers.map((producer) => [producer.key, producer]))

  const producers = await seedProducers(container, catalogue.producers)
  logger.info(`[seed] ${producers.size} producers with their stock locations`)

  const images = await uploadImages(container, catalogue.products, seedProducers_)
  const tags = await ensureTags(container, catalogue.products)

  const productIdByHandle = new Map<string, string>()
  for (const batch of chunks(catalogue.products, BATCH)) {
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((product) => {
          const first = product.variants[0]
          const image = images.get(product.handle)
          return {
            title: product.title,
            subtitle: product.subtitle,
            handle: product.handle,
            description: product.description,
            status: ProductStatus.PUBLISHED,
            thumbnail: image,
            images: image ? [{ url: image }] : [],
            weight: first.weight_g,
            length: first.length_cm,
            width: first.width_cm,
            height: first.height_cm,
            origin_country: "vn",
            shipping_profile_id: setup.shippingProfileId,
            sales_channels: [{ id: setup.salesChannelId }],
            tag_ids: product.tags.flatMap((tag) => (tags.has(tag) ? [tags.get(tag) as string] : [])),
            metadata: { label: product.label, shippable: product.shippable, is_sample: product.is_sample },
            options: [{ title: OPTION, values: product.variants.map((variant) => variant.title) }],
            variants: product.variants.map((variant) => ({
              title: variant.title,
              sku: variant.sku,
              manage_inventory: true,
              weight: variant.weight_g,
              length: variant.length_cm,
              width: variant.width_cm,
              height: variant.height_cm,
              options: { [OPTION]: variant.title },
              prices: [{ amount: variant.price, currency_code: "vnd" }],
            })),
          }
        }),
      },
    })
    for (const product of result) productIdByHandle.set(product.handle, product.id)
  }
  logger.info(`[seed] ${productIdByHandle.size} products`)

  const stockBySku = new Map<string, { stock: number; location: string }>()
  for (const product of catalogue.products) {
    const producer = producers.get(product.producer)
    if (!producer) throw new Error(`product ${product.handle} names an unknown producer ${product.producer}`)
    for (const variant of product.variants) stockBySku.set(variant.sku, { stock: variant.stock, location: producer.stockLocationId })
  }
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: [...productIdByHandle.values()] },
  })
  const levels = (variants as { sku: string | null; inventory_items?: ({ inventory_item_id: string } | null)[] | null }[]).flatMap(
    (variant) => {
      const stock = stockBySku.get(variant.sku ?? "")
      return stock
        ? (variant.inventory_items ?? []).flatMap((link) =>
            link ? [{ inventory_item_id: link.inventory_item_id, location_id: stock.location, stocked_quantity: stock.stock }] : []
          )
        : []
    }
  )
  for (const batch of chunks(levels, 100)) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: batch } })
  }
  // Tourism services (farmstays, community tours) are booked, not shipped.
  const serviceSkus = new Set(
    catalogue.products.filter((product) => !product.shippable).flatMap((product) => product.variants.map((v) => v.sku))
  )
  const serviceItems = (variants as { sku: string | null; inventory_items?: ({ inventory_item_id: string } | null)[] | null }[])
    .filter((variant) => serviceSkus.has(variant.sku ?? ""))
    .flatMap((variant) => (variant.inventory_items ?? []).flatMap((link) => (link ? [link.inventory_item_id] : [])))
  if (serviceItems.length) {
    await updateInventoryItemsWorkflow(container).run({
      input: { updates: serviceItems.map((id) => ({ id, requires_shipping: false })) },
    })
  }

  for (const product of catalogue.products) {
    const productId = productIdByHandle.get(product.handle) as string
    const producer = producers.get(product.producer) as SeededProducer
    const { result: certificate } = await certifyProductWorkflow(container).run({
      input: {
        product_id: productId,
        producer_id: producer.id,
        certificate: {
          stars: product.stars,
          score: product.certificate.score ?? null,
          product_set: product.product_set,
          certificate_number: product.certificate.number,
          decision_number: product.certificate.decision_number,
          issued_at: product.certificate.issued_at,
          is_sample: product.is_sample,
        },
      },
    })
    if (product.renewal_filed_at) {
      await fileCertificateRenewalWorkflow(container).run({
        input: { certificate_id: certificate.id, filed_at: product.renewal_filed_at },
      })
    }
    if (product.renewal) {
      await renewCertificateWorkflow(container).run({
        input: {
          certificate_id: certificate.id,
          certificate: {
            certificate_number: product.renewal.number,
            decision_number: product.renewal.decision_number,
            issued_at: product.renewal.issued_at,
            stars: product.renewal.stars ?? product.stars,
            score: product.renewal.score ?? null,
          },
        },
      })
    }
    if (product.revoked) {
      await revokeCertificateWorkflow(container).run({
        input: { certificate_id: certificate.id, reason: product.revoked.reason, revoked_at: product.revoked.at },
      })
    }
  }
  logger.info(`[seed] certificates recorded`)
  return { productIds: [...productIdByHandle.values()], producerIds: [...producers.values()].map((p) => p.id) }
}
