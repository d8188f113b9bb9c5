import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type { CatalogueQuery, CatalogueRow } from "../../../../modules/ocop/catalogue-query"
import type { Day } from "../../../../modules/ocop/domain/dates"
import type OcopModuleService from "../../../../modules/ocop/service"
import { ocopBadge, producerSummary } from "../../../utils/ocop-presenters"

/** Fields a catalogue card needs; the full product comes from /store/products/:id. */
export const CATALOGUE_PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "thumbnail",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.calculated_price.calculated_amount",
  "variants.calculated_price.currency_code",
]

type ProductCard = { id: string; [field: string]: unknown }

/** A catalogue card: the product's card fields with prices, its OCOP badge (null when it may not be shown) and producer. */
export type CatalogueCard = ProductCard & {
  title: string
  ocop: ReturnType<typeof ocopBadge>
  producer: ReturnType<typeof producerSummary>
}

/** The card fields of some products with their prices (Medusa's query), by id. */
export async function loadProductCards(
  container: MedusaContainer,
  productIds: string[],
  pricing: { region_id?: string; currency_code: string }
): Promise<Map<string, ProductCard & { title: string }>> {
  if (!productIds.length) return new Map()
  const graph = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await graph.graph({
    entity: "product",
    fields: CATALOGUE_PRODUCT_FIELDS,
    filters: { id: productIds },
    context: { variants: { calculated_price: QueryContext(pricing) } },
  })
  return new Map((data as (ProductCard & { title: string })[]).map((product) => [product.id, product]))
}

/**
 * Catalogue cards in the rows' order: each product with its OCOP badge (null
 * when it may not be shown) and producer. Shared by the catalogue and the
 * search, so both answer with the same product shape.
 */
export function catalogueCards(
  rows: CatalogueRow[],
  products: Map<string, ProductCard & { title: string }>,
  today: Day
): CatalogueCard[] {
  return rows.flatMap((row) => {
    const product = products.get(row.product_id)
    return product ? [{ ...product, ocop: ocopBadge(row.certificate, today), producer: producerSummary(row.producer) }] : []
  })
}

/**
 * One catalogue page: the OCOP module picks and counts the products (filters,
 * facets, sort) and Medusa's query hydrates exactly that page with prices.
 */
export async function cataloguePage(
  container: MedusaContainer,
  query: CatalogueQuery,
  pricing: { region_id?: string; currency_code: string },
  today: Day
) {
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const page = await ocop.queryCatalogue(query)
  const cards = await loadProductCards(container, page.rows.map((row) => row.product_id), pricing)
  return { products: catalogueCards(page.rows, cards, today), count: page.count, facets: page.facets }
}
