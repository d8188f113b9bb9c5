import { defineSearchIndex, graphConsume, graphSeed, ProductEvents, search } from "@medusajs/framework/utils"
import { PRODUCT_DOCUMENT_FIELDS, productDocument, type ProductSource } from "../lib/search/product-document"

/**
 * The product search index (Medusa's Search Module). Searched: title (A),
 * subtitle, tags, producer name (B), district, commune, product group (C),
 * description (D). Filtered, sorted and faceted: stars, group, district,
 * producer type, VND price, stock, certificate validity. `status` and
 * `sales_channel_ids` are filterable so Medusa's store search scopes by the
 * publishable key.
 *
 * Every product is indexed; the OCOP search keeps those whose certificate is
 * valid today (`ocop_valid_until > today`), the catalogue search all of them.
 * Medusa follows product and variant events here; certificate, producer,
 * stock and catalogue-row changes reindex products from the
 * `search-ocop-sync` subscriber.
 */
const fields = search.define({
  id: search.keyword().filterable().sortable(),
  handle: search.keyword().filterable(),
  title: search.text().searchable({ weight: 3 }),
  title_sort: search.keyword().sortable().retrievable(false),
  subtitle: search.text().searchable({ weight: 2 }),
  description: search.text().searchable({ weight: 1 }).retrievable(false),
  thumbnail: search.keyword(),
  tags: search.keyword().array().searchable({ weight: 2 }).filterable(),
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  created_at: search.date().sortable(),
  price_vnd: search.integer().filterable().sortable().facetable({ types: ["range", "stats"] }),
  in_stock: search.boolean().filterable().facetable(),
  producer_id: search.keyword().filterable(),
  producer_handle: search.keyword().filterable(),
  producer_name: search.text().searchable({ weight: 2 }),
  producer_type: search.keyword().filterable().facetable(),
  district: search.keyword().filterable().facetable(),
  district_name: search.text().searchable({ weight: 1.5 }),
  commune: search.text().searchable({ weight: 1.5 }),
  stars: search.integer().filterable().sortable().facetable({ types: ["value"] }),
  group: search.keyword().filterable().facetable(),
  group_name: search.text().searchable({ weight: 1.5 }),
  ocop_valid_until: search.integer().filterable().sortable(),
})

const VARIANT_EVENTS: string[] = [
  ProductEvents.PRODUCT_VARIANT_CREATED,
  ProductEvents.PRODUCT_VARIANT_UPDATED,
  ProductEvents.PRODUCT_VARIANT_DELETED,
]

function eventIds(data: unknown): string[] {
  const entries = Array.isArray(data) ? data : [data]
  return entries.flatMap((entry) =>
    entry && typeof entry === "object" && "id" in entry && typeof entry.id === "string" ? [entry.id] : []
  )
}

const toDocuments = (rows: ProductSource[]) => rows.map(productDocument)

export const productSearchIndex = defineSearchIndex({
  name: "product",
  entity: "product",
  fields,
  events: [ProductEvents.PRODUCT_CREATED, ProductEvents.PRODUCT_UPDATED, ProductEvents.PRODUCT_DELETED, ...VARIANT_EVENTS],
  consume: graphConsume<typeof fields, ProductSource>({
    fields: PRODUCT_DOCUMENT_FIELDS,
    transform: toDocuments,
    // A variant event updates its product; only a product deletion removes one.
    is_delete: (event) => event.name === ProductEvents.PRODUCT_DELETED,
    resolve_ids: async (event, { container }) => {
      const ids = eventIds(event.data)
      if (!VARIANT_EVENTS.includes(event.name) || !ids.length) return ids
      const { data } = await container.query.graph({
        entity: "product_variant",
        fields: ["product_id"],
        filters: { id: ids },
        withDeleted: true,
      })
      return (data as { product_id: string | null }[]).flatMap((variant) => (variant.product_id ? [variant.product_id] : []))
    },
  }),
  seed: graphSeed<typeof fields, ProductSource>({ fields: PRODUCT_DOCUMENT_FIELDS, transform: toDocuments, batch_size: 250 }),
})
