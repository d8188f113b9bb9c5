import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

/** A person who manages a producer's shop (logs in by phone in the producer portal). */
export const ProducerMember = model
  .define("ocop_producer_member", {
    id: model.id({ prefix: "ocmbr" }).primaryKey(),
    phone: model.text().unique(),
    name: model.text(),
    role: model.enum(["owner", "staff"]),
    status: model.enum(["active", "disabled"]).default("active"),
    producer: model.belongsTo(() => Producer, { mappedBy: "members" }),
  })
