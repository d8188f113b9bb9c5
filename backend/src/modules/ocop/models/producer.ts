import { model } from "@medusajs/framework/utils"
import { DISTRICT_CODES } from "../domain/geography"
import { PRODUCER_TYPE_CODES } from "../domain/producer-types"
import { OcopCertificate } from "./ocop-certificate"
import { OcopListing } from "./ocop-listing"
import { ProducerInvite } from "./producer-invite"
import { ProducerMember } from "./producer-member"

/** An OCOP "chủ thể": the cooperative, group, enterprise or household that makes the products. */
export const Producer = model
  .define("ocop_producer", {
    id: model.id({ prefix: "ocprd" }).primaryKey(),
    name: model.text().searchable(),
    handle: model.text().unique(),
    type: model.enum(PRODUCER_TYPE_CODES),
    district: model.enum(DISTRICT_CODES),
    commune: model.text(),
    address: model.text(),
    phone: model.text(),
    zalo: model.text().nullable(),
    email: model.text().nullable(),
    registration_number: model.text().nullable(),
    representative: model.text().nullable(),
    story: model.text().nullable(),
    logo_url: model.text().nullable(),
    photos: model.array().nullable(),
    is_sample: model.boolean().default(false),
    certificates: model.hasMany(() => OcopCertificate, { mappedBy: "producer" }),
    listings: model.hasMany(() => OcopListing, { mappedBy: "producer" }),
    members: model.hasMany(() => ProducerMember, { mappedBy: "producer" }),
    invites: model.hasMany(() => ProducerInvite, { mappedBy: "producer" }),
  })
  .indexes([{ on: ["type"] }, { on: ["district"] }])
