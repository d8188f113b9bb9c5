import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type { CatalogueQuery } from "../../../../modules/ocop/catalogue-query"
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
  const ids = page.rows.map((row) => row.product_id)
  let products: ProductCard[] = []
  if (ids.length) {
    const graph = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await graph.graph({
      entity: "product",
      fields: CATALOGUE_PRODUCT_FIELDS,
      filters: { id: ids },
      context: { variants: { calculated_price: QueryContext(pricing) } },
    })
    const byId = new Map((data as ProductCard[]).map((product) => [product.id, product]))
    products = page.rows.flatMap((row) => {
      const product = byId.get(row.product_id)
      return product
        ? [{ ...product, ocop: ocopBadge(row.certificate, today), producer: producerSummary(row.producer) }]
        : []
    })
  }
  return { products, count: page.count, facets: page.facets }
}
