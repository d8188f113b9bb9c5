import { model } from "@medusajs/framework/utils"
import { RUN_KINDS, RUN_STATUSES, sqlList } from "../domain/vocabulary"
import { ChannelAccount } from "./channel-account"

/** One run of the channel CLI against an account (or a run asked for in the admin). */
export const ChannelSyncRun = model
  .define("channel_sync_run", {
    id: model.id({ prefix: "chrun" }).primaryKey(),
    kind: model.text(),
    status: model.text().default("succeeded"),
    requested_by: model.text().nullable(),
    started_at: model.dateTime().nullable(),
    finished_at: model.dateTime().nullable(),
    created_count: model.number().default(0),
    updated_count: model.number().default(0),
    unchanged_count: model.number().default(0),
    failed_count: model.number().default(0),
    summary: model.json().nullable(),
    account: model.belongsTo(() => ChannelAccount, { mappedBy: "runs" }),
  })
  .indexes([{ on: ["account_id", "created_at"] }, { on: ["status"] }])
  .checks([
    { name: "channel_sync_run_kind", expression: `kind IN (${sqlList(RUN_KINDS)})` },
    { name: "channel_sync_run_status", expression: `status IN (${sqlList(RUN_STATUSES)})` },
    {
      name: "channel_sync_run_counts",
      expression: "created_count >= 0 AND updated_count >= 0 AND unchanged_count >= 0 AND failed_count >= 0",
    },
  ])
