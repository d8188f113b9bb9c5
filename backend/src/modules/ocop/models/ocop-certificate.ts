import { model } from "@medusajs/framework/utils"
import { CERTIFICATE_STATUSES } from "../domain/certificate-rules"
import { PRODUCT_GROUP_CODES, PRODUCT_SET_CODES } from "../domain/classification"
import { OcopListing } from "./ocop-listing"
import { Producer } from "./producer"

/**
 * An OCOP certificate for one product of one producer. A product keeps its
 * history: a renewal supersedes the previous certificate instead of editing it.
 * Dates are calendar days stored as midnight UTC.
 */
export const OcopCertificate = model
  .define("ocop_certificate", {
    id: model.id({ prefix: "ocert" }).primaryKey(),
    stars: model.number(),
    score: model.number().nullable(),
    product_group: model.enum(PRODUCT_GROUP_CODES),
    product_set: model.enum(PRODUCT_SET_CODES),
    certificate_number: model.text().unique(),
    decision_number: model.text(),
    issuer: model.text(),
    // Text, not enum: values such as "148/2023" are not valid GraphQL enum names.
    criteria_version: model.text(),
    issued_at: model.dateTime(),
    expires_at: model.dateTime(),
    status: model.enum([...CERTIFICATE_STATUSES]).default("active"),
    renewal_filed_at: model.dateTime().nullable(),
    revoked_at: model.dateTime().nullable(),
    revocation_reason: model.text().nullable(),
    superseded_at: model.dateTime().nullable(),
    evidence_url: model.text().nullable(),
    is_sample: model.boolean().default(false),
    producer: model.belongsTo(() => Producer, { mappedBy: "certificates" }),
    listing: model.hasOne(() => OcopListing, { mappedBy: "certificate" }).nullable(),
  })
  .indexes([{ on: ["status"] }, { on: ["expires_at"] }, { on: ["product_group"] }])
  .checks([
    { name: "ocop_certificate_stars_certified", expression: "stars IN (3, 4, 5)" },
    { name: "ocop_certificate_score_range", expression: "score IS NULL OR (score >= 0 AND score <= 100)" },
    { name: "ocop_certificate_expiry_after_issue", expression: "expires_at > issued_at" },
    {
      name: "ocop_certificate_criteria_version",
      expression: "criteria_version IN ('1048/2019', '148/2023', '1489/2025', '26/2026')",
    },
  ])
