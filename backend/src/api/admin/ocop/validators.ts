import { z } from "zod"
import { CRITERIA_VERSIONS, CERTIFICATE_STATUSES } from "../../../modules/ocop/domain/certificate-rules"
import { certificateRuleErrors } from "../../../modules/ocop/domain/certificate-input"
import { PRODUCT_GROUP_CODES, PRODUCT_SET_CODES } from "../../../modules/ocop/domain/classification"
import { isEmail, normalizeVietnamesePhone, normalizeZalo } from "../../../modules/ocop/domain/contact"
import { DISTRICT_CODES, findCommune } from "../../../modules/ocop/domain/geography"
import { PRODUCER_TYPE_CODES } from "../../../modules/ocop/domain/producer-types"
import { HANDLE_PATTERN } from "../../../modules/ocop/domain/text"
import { dayParam, listParam, pagination } from "../../utils/validation"

const oneOf = <T extends string>(values: readonly T[], what: string) =>
  z.enum(values as [T, ...T[]], { error: () => `unknown ${what}; expected one of ${values.join(", ")}` })

const text = (min: number, max: number) => z.string().trim().min(min).max(max)
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional()

const producerFields = {
  name: text(2, 200),
  handle: z.string().regex(HANDLE_PATTERN, "handle must be lowercase letters, digits and dashes").max(96).optional(),
  type: oneOf(PRODUCER_TYPE_CODES, "producer type"),
  district: oneOf(DISTRICT_CODES, "district"),
  commune: z.string().trim().refine((value) => !!findCommune(value), "unknown commune (use today's commune name, e.g. \"Minh Tâm\")"),
  address: text(3, 300),
  phone: z
    .string()
    .refine((value) => normalizeVietnamesePhone(value) !== null, "phone must be a Vietnamese phone number, e.g. 0912 345 678"),
  zalo: z
    .string()
    .refine((value) => normalizeZalo(value) !== null, "zalo must be a Vietnamese phone number or a https://zalo.me/ link")
    .nullable()
    .optional(),
  email: z.string().refine(isEmail, "email is not an email address").nullable().optional(),
  registration_number: optionalText(64),
  representative: optionalText(200),
  story: optionalText(5000),
  logo_url: z.string().url().max(500).nullable().optional(),
  photos: z.array(z.string().url().max(500)).max(12).nullable().optional(),
  is_sample: z.boolean().optional(),
}

export const AdminCreateProducer = z.object(producerFields).strict()
export const AdminUpdateProducer = z.object(producerFields).partial().strict()

export const AdminProducersParams = z
  .object({
    q: z.string().max(100).optional(),
    type: listParam(oneOf(PRODUCER_TYPE_CODES, "producer type")),
    district: listParam(oneOf(DISTRICT_CODES, "district")),
    ...pagination(20, 200),
  })
  .strict()

export const AdminInviteMember = z
  .object({
    phone: z.string().refine((value) => normalizeVietnamesePhone(value) !== null, "phone must be a Vietnamese phone number"),
    name: optionalText(200),
    role: z.enum(["owner", "staff"]).default("staff"),
  })
  .strict()

const certificateFields = {
  stars: z.number().int(),
  score: z.number().int().nullable().optional(),
  product_group: oneOf(PRODUCT_GROUP_CODES, "product group").optional(),
  product_set: oneOf(PRODUCT_SET_CODES, "product set"),
  certificate_number: text(3, 64),
  decision_number: text(3, 64),
  issuer: text(3, 200).optional(),
  criteria_version: oneOf(CRITERIA_VERSIONS, "criteria version").optional(),
  issued_at: dayParam,
  expires_at: dayParam.optional(),
  renewal_filed_at: dayParam.nullable().optional(),
  evidence_url: z.string().url().max(500).nullable().optional(),
  is_sample: z.boolean().optional(),
}

/** Cross-field OCOP rules (score ↔ stars, set ↔ group, expiry after issue) as zod issues. */
function withCertificateRules<T extends z.ZodType<Parameters<typeof certificateRuleErrors>[0]>>(schema: T) {
  return schema.superRefine((value, ctx) => {
    for (const message of certificateRuleErrors(value)) ctx.addIssue({ code: "custom", message })
  })
}

export const AdminCertifyProduct = withCertificateRules(
  z
    .object({
      product_id: z.string().min(1),
      producer_id: z.string().min(1).optional(),
      ...certificateFields,
    })
    .strict()
)

export const AdminRenewCertificate = withCertificateRules(
  z
    .object({
      ...certificateFields,
      stars: certificateFields.stars.optional(),
      product_set: certificateFields.product_set.optional(),
    })
    .strict()
)

export const AdminUpdateCertificate = z
  .object({
    decision_number: text(3, 64).optional(),
    issuer: text(3, 200).optional(),
    evidence_url: z.string().url().max(500).nullable().optional(),
    score: z.number().int().min(0).max(100).nullable().optional(),
  })
  .strict()

export const AdminRevokeCertificate = z
  .object({ reason: text(5, 500), revoked_at: dayParam.optional() })
  .strict()

export const AdminFileRenewal = z.object({ filed_at: dayParam.optional() }).strict()

export const AdminAttachCertificate = z.object({ certificate_id: z.string().min(1) }).strict()

export const AdminCertificatesParams = z
  .object({
    status: listParam(oneOf(CERTIFICATE_STATUSES, "status")),
    producer_id: z.string().optional(),
    q: z.string().max(64).optional(),
    current: z.enum(["true", "false"]).optional(),
    expires_after: dayParam.optional(),
    expires_before: dayParam.optional(),
    expiring_within_days: z.coerce.number().int().min(1).max(3650).optional(),
    order: z.enum(["expires_at", "-expires_at", "issued_at", "-issued_at", "certificate_number"]).default("expires_at"),
    ...pagination(50, 200),
  })
  .strict()

export const AdminReportParams = z.object({ as_of: dayParam.optional() }).strict()
