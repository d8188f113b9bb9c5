import { model } from "@medusajs/framework/utils"
import { OcopCertificate } from "./ocop-certificate"
import { Producer } from "./producer"

/**
 * A read model of one product for the catalogue: its current certificate and
 * producer plus the product facts the catalogue filters and sorts by. The
 * links (product ↔ certificate, product ↔ producer) are the truth; this row is
 * rebuilt from them by the refresh-ocop-listings workflow so that filtering and
 * facet counts are one indexed query inside this module.
 */
export const OcopListing = model
  .define("ocop_listing", {
    id: model.id({ prefix: "oclst" }).primaryKey(),
    product_id: model.text().unique(),
    product_handle: model.text(),
    product_title: model.text(),
    product_status: model.text(),
    sales_channel_ids: model.array(),
    product_created_at: model.dateTime(),
    price_vnd: model.number().nullable(),
    producer: model.belongsTo(() => Producer, { mappedBy: "listings" }).nullable(),
    certificate: model.belongsTo(() => OcopCertificate, { mappedBy: "listing" }).nullable(),
  })
  .indexes([{ on: ["product_status"] }, { on: ["product_created_at"] }, { on: ["price_vnd"] }])
