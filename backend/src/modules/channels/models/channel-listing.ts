import { model } from "@medusajs/framework/utils"
import { LISTING_STATUSES, sqlList } from "../domain/vocabulary"
import { ChannelAccount } from "./channel-account"

/**
 * The ledger: one row per variant per account, what was last pushed to the
 * platform and what should be there now. `desired_stock` follows the master
 * stock through the account's rules; `needs_push` (with `push_reasons`) says
 * the platform has not caught up. `status` and `claims_ocop` are the target
 * state: a certificate change may set them before the CLI pushes.
 */
export const ChannelListing = model
  .define("channel_listing", {
    id: model.id({ prefix: "chlst" }).primaryKey(),
    product_id: model.text(),
    variant_id: model.text(),
    sku: model.text().nullable(),
    external_item_id: model.text().nullable(),
    /** Shopee model_id or Lazada SkuId. */
    external_model_id: model.text().nullable(),
    content_hash: model.text().nullable(),
    price_hash: model.text().nullable(),
    last_pushed_price: model.number().nullable(),
    last_pushed_stock: model.number().nullable(),
    desired_stock: model.number().nullable(),
    needs_push: model.boolean().default(false),
    push_reasons: model.array().default([]),
    claims_ocop: model.boolean().default(false),
    status: model.text().default("pending"),
    /** { retryable, field, message, request_id } from the platform. */
    last_error: model.json().nullable(),
    last_pushed_at: model.dateTime().nullable(),
    account: model.belongsTo(() => ChannelAccount, { mappedBy: "listings" }),
  })
  .indexes([
    { on: ["account_id", "variant_id"], unique: true },
    { on: ["variant_id"] },
    { on: ["product_id"] },
    { on: ["account_id", "needs_push"] },
    { on: ["account_id", "status"] },
  ])
  .checks([
    { name: "channel_listing_status", expression: `status IN (${sqlList(LISTING_STATUSES)})` },
    { name: "channel_listing_stock", expression: "desired_stock IS NULL OR desired_stock >= 0" },
  ])
