import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

/** An invitation from province staff; only a hash of its token is stored. */
export const ProducerInvite = model.define("ocop_producer_invite", {
  id: model.id({ prefix: "ocinv" }).primaryKey(),
  phone: model.text(),
  name: model.text().nullable(),
  role: model.enum(["owner", "staff"]),
  token_hash: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  invited_by: model.text().nullable(),
  producer: model.belongsTo(() => Producer, { mappedBy: "invites" }),
})
