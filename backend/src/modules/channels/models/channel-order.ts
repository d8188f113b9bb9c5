import { model } from "@medusajs/framework/utils"
import { ORDER_STATUSES, sqlList } from "../domain/vocabulary"
import { ChannelAccount } from "./channel-account"

/**
 * The idempotency record of an order pulled from a platform: one row per
 * (account, external order id), holding the Medusa order it became, or why
 * it was refused (unknown SKU, not enough stock).
 */
export const ChannelOrder = model
  .define("channel_order", {
    id: model.id({ prefix: "chord" }).primaryKey(),
    external_order_id: model.text(),
    order_id: model.text().nullable(),
    status: model.text().default("pending"),
    imported_at: model.dateTime().nullable(),
    /** { code, message, sku? } when refused. */
    last_error: model.json().nullable(),
    /** { lines, buyer } as the platform sent them, for the record. */
    details: model.json().nullable(),
    account: model.belongsTo(() => ChannelAccount, { mappedBy: "orders" }),
  })
  .indexes([{ on: ["account_id", "external_order_id"], unique: true }, { on: ["order_id"] }])
  .checks([{ name: "channel_order_status", expression: `status IN (${sqlList(ORDER_STATUSES)})` }])
