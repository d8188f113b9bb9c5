import { model } from "@medusajs/framework/utils"
import { ACCOUNT_STATUSES, INVALID_CERTIFICATE_ACTIONS, PLATFORMS, sqlList } from "../domain/vocabulary"
import { ChannelListing } from "./channel-listing"
import { ChannelOrder } from "./channel-order"
import { ChannelSyncRun } from "./channel-sync-run"

/**
 * One shop on one external platform, owned by the province (producer_id
 * null) or by a producer (read-only link to ocop_producer through
 * producer_id). Tokens are stored sealed (AES-256-GCM) and never leave the
 * backend; only their expiry dates are shown.
 */
export const ChannelAccount = model
  .define("channel_account", {
    id: model.id({ prefix: "chacc" }).primaryKey(),
    platform: model.text(),
    /** The platform's shop id; null for platforms listed by hand. */
    shop_id: model.text().nullable(),
    name: model.text(),
    producer_id: model.text().nullable(),
    access_token_sealed: model.text().nullable(),
    refresh_token_sealed: model.text().nullable(),
    access_expires_at: model.dateTime().nullable(),
    refresh_expires_at: model.dateTime().nullable(),
    authorisation_expires_at: model.dateTime().nullable(),
    stock_reserve: model.number().default(0),
    stock_zero_below: model.number().default(0),
    stock_percent: model.number().default(100),
    /** Channel price = round(price × multiplier + offset); the CLI rounds to the platform's step. */
    price_multiplier: model.bigNumber().default(1),
    price_offset: model.number().default(0),
    on_invalid_certificate: model.text().default("strip-claim"),
    status: model.text().default("active"),
    listings: model.hasMany(() => ChannelListing, { mappedBy: "account" }),
    runs: model.hasMany(() => ChannelSyncRun, { mappedBy: "account" }),
    orders: model.hasMany(() => ChannelOrder, { mappedBy: "account" }),
  })
  .indexes([
    { on: ["platform", "shop_id"], unique: true, where: "shop_id IS NOT NULL" },
    { on: ["producer_id"] },
  ])
  .checks([
    { name: "channel_account_platform", expression: `platform IN (${sqlList(PLATFORMS)})` },
    { name: "channel_account_status", expression: `status IN (${sqlList(ACCOUNT_STATUSES)})` },
    {
      name: "channel_account_on_invalid_certificate",
      expression: `on_invalid_certificate IN (${sqlList(INVALID_CERTIFICATE_ACTIONS)})`,
    },
    { name: "channel_account_stock_reserve", expression: "stock_reserve >= 0" },
    { name: "channel_account_stock_zero_below", expression: "stock_zero_below >= 0" },
    { name: "channel_account_stock_percent", expression: "stock_percent BETWEEN 1 AND 100" },
    { name: "channel_account_price_multiplier", expression: "price_multiplier > 0" },
  ])
