import { addDays, addMonths, type Day } from "./dates"
import { DISTRICTS, type District } from "./geography"

/**
 * The OCOP certificate rules, in one place.
 * Sources: Decisions 1048/2019, 148/2023, 1489/2025 and 26/2026 (see the
 * domain notes); items marked there as unverified are data, not code paths.
 */

export const CERTIFIED_STARS = [3, 4, 5] as const
export type Stars = (typeof CERTIFIED_STARS)[number]

export const VALIDITY_MONTHS = 36
/** A certificate becomes "expiring" this many days before it expires. */
export const EXPIRING_WINDOW_DAYS = 180
/** After a renewal is filed, the old certificate stays valid at most this long past expiry. */
export const RENEWAL_GRACE_DAYS = 180

export const CRITERIA_VERSIONS = ["1048/2019", "148/2023", "1489/2025", "26/2026"] as const
export type CriteriaVersion = (typeof CRITERIA_VERSIONS)[number]

export const CERTIFICATE_STATUSES = ["active", "expiring", "expired", "renewal_pending", "revoked"] as const
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number]

export function isStars(value: number): value is Stars {
  return (CERTIFIED_STARS as readonly number[]).includes(value)
}

/** Stars earned by a score out of 100: <30 → 1, 30–49 → 2, 50–69 → 3, 70–89 → 4, 90–100 → 5. */
export function starsForScore(score: number): number {
  if (!Number.isFinite(score) || score < 0 || score > 100) throw new RangeError(`A score is 0–100, got ${score}`)
  if (score >= 90) return 5
  if (score >= 70) return 4
  if (score >= 50) return 3
  if (score >= 30) return 2
  return 1
}

export function scoreMatchesStars(score: number, stars: number): boolean {
  return starsForScore(score) === stars
}

export function expiryFor(issuedAt: Day): Day {
  return addMonths(issuedAt, VALIDITY_MONTHS)
}

/** The criteria in force on a decision date. */
export function criteriaVersionOn(day: Day): CriteriaVersion {
  if (day >= "2026-05-22") return "26/2026"
  if (day >= "2025-07-06") return "1489/2025"
  if (day >= "2023-02-24") return "148/2023"
  return "1048/2019"
}

/**
 * Who signs a certificate: the province for 3–4★ except under 148/2023, when
 * districts certified 3★; the ministry for 5★.
 */
export function defaultIssuer(stars: Stars, criteria: CriteriaVersion, district: District): string {
  if (stars === 5) {
    return criteria === "1489/2025" || criteria === "26/2026"
      ? "Bộ Nông nghiệp và Môi trường"
      : "Bộ Nông nghiệp và Phát triển nông thôn"
  }
  if (stars === 3 && criteria === "148/2023") {
    return district === "thanh_pho_cao_bang" ? "UBND thành phố Cao Bằng" : `UBND huyện ${DISTRICTS[district]}`
  }
  return "UBND tỉnh Cao Bằng"
}

export type CertificateFacts = {
  expires_at: Day
  revoked_at?: Day | null
  renewal_filed_at?: Day | null
}

/** The status of a certificate on a given day. */
export function statusOn(certificate: CertificateFacts, today: Day): CertificateStatus {
  if (certificate.revoked_at && certificate.revoked_at <= today) return "revoked"
  if (certificate.renewal_filed_at && certificate.renewal_filed_at <= today) {
    if (today < addDays(certificate.expires_at, RENEWAL_GRACE_DAYS)) return "renewal_pending"
    return "expired"
  }
  if (today >= certificate.expires_at) return "expired"
  if (today >= addDays(certificate.expires_at, -EXPIRING_WINDOW_DAYS)) return "expiring"
  return "active"
}

/** Only a certified, unexpired (or in-grace) certificate may show the OCOP mark. */
export function mayShowBadge(status: CertificateStatus): boolean {
  return status === "active" || status === "expiring" || status === "renewal_pending"
}

/** Whether a certificate counted in the programme on a given day (report "as of"). */
export function validOn(certificate: CertificateFacts & { issued_at: Day }, day: Day): boolean {
  return certificate.issued_at <= day && mayShowBadge(statusOn(certificate, day))
}

/**
 * The first day a certificate may no longer show the mark (exclusive end of
 * its validity): the revocation day, or the expiry (plus the grace once a
 * renewal is filed), whichever comes first. Lets a search index store one day
 * and filter `valid_until > today` at query time, so a certificate expiring at
 * midnight drops out without reindexing. Assumes the renewal filing is dated
 * on or before the days asked about.
 */
export function validUntil(certificate: CertificateFacts): Day {
  const end = certificate.renewal_filed_at ? addDays(certificate.expires_at, RENEWAL_GRACE_DAYS) : certificate.expires_at
  return certificate.revoked_at && certificate.revoked_at < end ? certificate.revoked_at : end
}
