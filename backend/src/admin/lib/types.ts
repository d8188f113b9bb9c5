/**
 * Shapes of the /admin/ocop/* responses and request bodies, as the route
 * files and validators define them (days are "YYYY-MM-DD" strings).
 */
import type { CertificateStatus, CriteriaVersion } from "../../modules/ocop/domain/certificate-rules"
import type { ProductGroup, ProductSet } from "../../modules/ocop/domain/classification"
import type { Day } from "../../modules/ocop/domain/dates"
import type { District } from "../../modules/ocop/domain/geography"
import type { ProducerType } from "../../modules/ocop/domain/producer-types"

export type { ProgrammeReport } from "../../modules/ocop/programme-report"
export type { CertificateStatus, Day, District, ProducerType, ProductGroup, ProductSet }

export type MemberRole = "owner" | "staff"

export type Producer = {
  id: string
  name: string
  handle: string
  type: ProducerType
  district: District
  commune: string
  address: string
  phone: string
  zalo: string | null
  email: string | null
  registration_number: string | null
  representative: string | null
  story: string | null
  logo_url: string | null
  photos: string[] | null
  is_sample: boolean
  created_at?: string
  updated_at?: string
}

export type ProducerMember = {
  id: string
  phone: string
  name: string
  role: MemberRole
  status: "active" | "disabled"
}

export type ProducerDetail = Producer & {
  stock_location?: { id: string; name: string } | null
  members?: ProducerMember[] | null
}

export type ProducerInvite = {
  id: string
  phone: string
  name: string | null
  role: MemberRole
  expires_at: string
  accepted_at: string | null
}

export type Certificate = {
  id: string
  stars: number
  score: number | null
  product_group: ProductGroup
  product_set: ProductSet
  certificate_number: string
  decision_number: string
  issuer: string
  criteria_version: CriteriaVersion
  issued_at: Day
  expires_at: Day
  status: CertificateStatus
  renewal_filed_at: Day | null
  revoked_at: Day | null
  revocation_reason: string | null
  superseded_at: Day | null
  is_current: boolean
  evidence_url: string | null
  is_sample: boolean
  producer_id?: string
}

/** A certificate from /admin/ocop/certificates: with its producer and product. */
export type CertificateRow = Certificate & {
  producer: { id: string; name: string; handle: string; type: ProducerType; district: District } | null
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
}

export type ProductOcop = {
  product_id: string
  title: string
  producer: Producer | null
  current_certificate: Certificate | null
  certificates: Certificate[]
}

export type Page = { count: number; offset: number; limit: number }

export type ProducerBody = {
  name: string
  handle?: string
  type: ProducerType
  district: District
  commune: string
  address: string
  phone: string
  zalo?: string | null
  email?: string | null
  registration_number?: string | null
  representative?: string | null
  story?: string | null
  logo_url?: string | null
  photos?: string[] | null
  is_sample?: boolean
}

export type InviteBody = { phone: string; name?: string | null; role: MemberRole }

export type CertificateBody = {
  stars: number
  score?: number | null
  product_set: ProductSet
  certificate_number: string
  decision_number: string
  issuer?: string
  issued_at: Day
  expires_at?: Day
  evidence_url?: string | null
  is_sample?: boolean
}

export type CertifyBody = CertificateBody & { product_id: string; producer_id?: string }

export type RenewBody = Omit<CertificateBody, "stars" | "product_set"> & {
  stars?: number
  product_set?: ProductSet
}

export type RevokeBody = { reason: string; revoked_at?: Day }

export type ProducersQuery = {
  q?: string
  type?: ProducerType[]
  district?: District[]
  offset?: number
  limit?: number
}

export type CertificateOrder = "expires_at" | "-expires_at" | "issued_at" | "-issued_at" | "certificate_number"

export type CertificatesQuery = {
  status?: CertificateStatus[]
  producer_id?: string
  q?: string
  current?: boolean
  expires_after?: Day
  expires_before?: Day
  expiring_within_days?: number
  order?: CertificateOrder
  offset?: number
  limit?: number
}
