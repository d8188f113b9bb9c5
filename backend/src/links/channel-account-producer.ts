import { defineLink } from "@medusajs/framework/utils"
import ChannelsModule from "../modules/channels"
import OcopModule from "../modules/ocop"

/**
 * A producer's own marketplace shop. Read-only: the account stores
 * producer_id (null = the province's shop), so there is no link table to keep
 * in step; Query resolves `channel_account.ocop_producer`.
 */
export default defineLink(
  { linkable: ChannelsModule.linkable.channelAccount, field: "producer_id" },
  OcopModule.linkable.ocopProducer,
  { readOnly: true }
)
