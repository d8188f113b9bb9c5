import type { CatalogueRow } from "../../modules/ocop/catalogue-query"
import { mayShowBadge, statusOn, type CertificateStatus } from "../../modules/ocop/domain/certificate-rules"
import { dateToDay, type Day } from "../../modules/ocop/domain/dates"

const day = (value: Date | string | null | undefined): Day | null => (value ? dateToDay(value) : null)

export type OcopBadge = {
  stars: number
  certificate_number: string
  decision_number: string
  issuer: string
  issued_at: Day
  expires_at: Day
  status: CertificateStatus
  group: string
  product_set: string
  is_sample: boolean
}

/**
 * The OCOP mark for a product, or null when it may not be shown (expired past
 * grace, revoked, missing). Status is computed for today, not read from the
 * stored column, so a certificate expiring at midnight loses its badge at once.
 */
export function ocopBadge(certificate: CatalogueRow["certificate"], today: Day): OcopBadge | null {
  if (!certificate) return null
  const status = statusOn(
    {
      expires_at: dateToDay(certificate.expires_at),
      revoked_at: day(certificate.revoked_at),
      renewal_filed_at: day(certificate.renewal_filed_at),
    },
    today
  )
  if (!mayShowBadge(status)) return null
  return {
    stars: certificate.stars,
    certificate_number: certificate.certificate_number,
    decision_number: certificate.decision_number,
    issuer: certificate.issuer,
    issued_at: dateToDay(certificate.issued_at),
    expires_at: dateToDay(certificate.expires_at),
    status,
    group: certificate.product_group,
    product_set: certificate.product_set,
    is_sample: certificate.is_sample,
  }
}

export function producerSummary(producer: CatalogueRow["producer"]) {
  if (!producer) return null
  return {
    name: producer.name,
    handle: producer.handle,
    type: producer.type,
    district: producer.district,
    commune: producer.commune,
    is_sample: producer.is_sample,
  }
}

type CertificateLike = {
  id: string
  stars: number
  score: number | null
  product_group: string
  product_set: string
  certificate_number: string
  decision_number: string
  issuer: string
  criteria_version: string
  issued_at: Date | string
  expires_at: Date | string
  status: string
  renewal_filed_at: Date | string | null
  revoked_at: Date | string | null
  revocation_reason: string | null
  superseded_at: Date | string | null
  evidence_url: string | null
  is_sample: boolean
  producer_id?: string
  created_at?: Date | string
  updated_at?: Date | string
}

/** A certificate for the admin API: calendar days as "YYYY-MM-DD", status as of today. */
export function presentCertificate(certificate: CertificateLike, today: Day) {
  return {
    id: certificate.id,
    stars: certificate.stars,
    score: certificate.score,
    product_group: certificate.product_group,
    product_set: certificate.product_set,
    certificate_number: certificate.certificate_number,
    decision_number: certificate.decision_number,
    issuer: certificate.issuer,
    criteria_version: certificate.criteria_version,
    issued_at: dateToDay(certificate.issued_at),
    expires_at: dateToDay(certificate.expires_at),
    status: certificate.superseded_at
      ? certificate.status
      : statusOn(
          {
            expires_at: dateToDay(certificate.expires_at),
            revoked_at: day(certificate.revoked_at),
            renewal_filed_at: day(certificate.renewal_filed_at),
          },
          today
        ),
    renewal_filed_at: day(certificate.renewal_filed_at),
    revoked_at: day(certificate.revoked_at),
    revocation_reason: certificate.revocation_reason,
    superseded_at: day(certificate.superseded_at),
    is_current: !certificate.superseded_at,
    evidence_url: certificate.evidence_url,
    is_sample: certificate.is_sample,
    producer_id: certificate.producer_id,
  }
}
