import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ListingValues } from "../../modules/ocop/listing-upsert"
import { graphRows } from "./graph-rows"
import { ocopService } from "./resolve-ocop"


type ProductFacts = {
  id: string
  handle: string
  title: string
  status: string
  created_at: Date | string
  sales_channels?: ({ id: string } | null)[] | null
  variants?: ({ prices?: ({ amount: number | string | null; currency_code: string | null } | null)[] | null } | null)[] | null
  ocop_producer?: { id: string } | null
  ocop_certificates?: ({ id: string; superseded_at: Date | string | null; issued_at: Date | string } | null)[] | null
}

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "status",
  "created_at",
  "sales_channels.id",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "ocop_producer.id",
  "ocop_certificates.id",
  "ocop_certificates.superseded_at",
  "ocop_certificates.issued_at",
]

/** The listing row a product should have, from the product and its links. */
export function listingValuesFor(product: ProductFacts): ListingValues {
  const vndPrices = (product.variants ?? [])
    .flatMap((variant) => variant?.prices ?? [])
    .filter((price): price is { amount: number | string; currency_code: string } =>
      !!price && price.currency_code === "vnd" && price.amount !== null
    )
    .map((price) => Number(price.amount))
  const current = (product.ocop_certificates ?? [])
    .filter((certificate): certificate is NonNullable<typeof certificate> => !!certificate && !certificate.superseded_at)
    .sort((a, b) => new Date(b.issued_at).getTime() - new Date(a.issued_at).getTime())[0]
  return {
    product_id: product.id,
    product_handle: product.handle,
    product_title: product.title,
    product_status: product.status,
    sales_channel_ids: (product.sales_channels ?? []).flatMap((channel) => (channel ? [channel.id] : [])),
    product_created_at: new Date(product.created_at),
    price_vnd: vndPrices.length ? Math.min(...vndPrices) : null,
    producer_id: product.ocop_producer?.id ?? null,
    certificate_id: current?.id ?? null,
  }
}

type Snapshot = { created: string[]; previous: ListingValues[] }

const valuesOf = (listing: ListingValues): ListingValues => ({
  product_id: listing.product_id,
  product_handle: listing.product_handle,
  product_title: listing.product_title,
  product_status: listing.product_status,
  sales_channel_ids: listing.sales_channel_ids,
  product_created_at: listing.product_created_at,
  price_vnd: listing.price_vnd,
  producer_id: listing.producer_id,
  certificate_id: listing.certificate_id,
})

/**
 * Rebuilds the catalogue read model for some products from the product
 * module and the links. Idempotent, and safe when several refreshes of the
 * same product race (product and variant events arrive together).
 */
export const refreshOcopListingsStep = createStep(
  "refresh-ocop-listings",
  async (input: { product_ids: string[] }, { container }) => {
    const ids = [...new Set(input.product_ids)]
    if (!ids.length) return new StepResponse({ refreshed: 0 }, { created: [], previous: [] } as Snapshot)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service = ocopService(container)
    const { data } = await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: ids } })
    const products = graphRows<ProductFacts>(data)
    const existing = await service.listOcopListings({ product_id: ids }, { take: ids.length })
    const found = new Set(products.map((product) => product.id))
    const existed = new Set(existing.map((listing) => listing.product_id))

    await service.upsertListingRows(products.map(listingValuesFor))
    // Products that no longer exist lose their row.
    await service.deleteListingRows(ids.filter((id) => !found.has(id)))

    const snapshot: Snapshot = {
      created: products.map((product) => product.id).filter((id) => !existed.has(id)),
      previous: existing.map(valuesOf),
    }
    return new StepResponse({ refreshed: ids.length }, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    const service = ocopService(container)
    await service.deleteListingRows(snapshot.created)
    await service.upsertListingRows(snapshot.previous)
  }
)
