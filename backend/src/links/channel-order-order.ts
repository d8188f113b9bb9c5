import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ChannelsModule from "../modules/channels"

/** The Medusa order an imported marketplace order became (read-only, through order_id). */
export default defineLink(
  { linkable: ChannelsModule.linkable.channelOrder, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
