/** The certificate form's text values and how they become an API body. */
import { isProductSet } from "../../../modules/ocop/domain/classification"
import { blankToNull, blankToUndefined, optionalInteger } from "../../lib/form-values"
import type { CertificateBody } from "../../lib/types"

export type CertificateFormValues = {
  stars: string
  score: string
  product_set: string
  certificate_number: string
  decision_number: string
  issuer: string
  issued_at: string
  expires_at: string
  evidence_url: string
  is_sample: boolean
}

export const CERTIFICATE_FIELDS = [
  "producer_id",
  "stars",
  "score",
  "product_set",
  "product_group",
  "certificate_number",
  "decision_number",
  "issuer",
  "criteria_version",
  "issued_at",
  "expires_at",
  "evidence_url",
] as const

export type CertificateField = (typeof CERTIFICATE_FIELDS)[number]

/** Words in the API's sentences that point at a field ("Certificate number "X" is already registered"). */
export const CERTIFICATE_FIELD_ALIASES: Partial<Record<CertificateField, readonly string[]>> = {
  certificate_number: ["certificate number"],
  producer_id: ["producer"],
}

export function emptyCertificateForm(defaults: Partial<CertificateFormValues> = {}): CertificateFormValues {
  return {
    stars: "",
    score: "",
    product_set: "",
    certificate_number: "",
    decision_number: "",
    issuer: "",
    issued_at: "",
    expires_at: "",
    evidence_url: "",
    is_sample: false,
    ...defaults,
  }
}

type Parsed = { body: CertificateBody; errors: null } | { body: null; errors: Partial<Record<CertificateField, string>> }

/** Checks what must be filled in; the OCOP rules themselves are left to the API. */
export function toCertificateBody(values: CertificateFormValues): Parsed {
  const errors: Partial<Record<CertificateField, string>> = {}
  const score = optionalInteger(values.score)
  if (!values.stars) errors.stars = "Chọn số sao."
  if (score === "invalid") errors.score = "Điểm là số nguyên từ 0 đến 100."
  if (!isProductSet(values.product_set)) errors.product_set = "Chọn bộ sản phẩm."
  if (!values.certificate_number.trim()) errors.certificate_number = "Nhập số giấy chứng nhận."
  if (!values.decision_number.trim()) errors.decision_number = "Nhập số quyết định."
  if (!values.issued_at) errors.issued_at = "Chọn ngày cấp."
  if (Object.keys(errors).length || score === "invalid" || !isProductSet(values.product_set)) {
    return { body: null, errors }
  }
  return {
    errors: null,
    body: {
      stars: Number(values.stars),
      score,
      product_set: values.product_set,
      certificate_number: values.certificate_number.trim(),
      decision_number: values.decision_number.trim(),
      issuer: blankToUndefined(values.issuer),
      issued_at: values.issued_at,
      expires_at: values.expires_at || undefined,
      evidence_url: blankToNull(values.evidence_url),
      is_sample: values.is_sample,
    },
  }
}
