import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { certificateRuleErrors, groupForSet } from "../../modules/ocop/domain/certificate-input"
import {
  criteriaVersionOn,
  defaultIssuer,
  expiryFor,
  isStars,
  statusOn,
  type CertificateStatus,
  type CriteriaVersion,
} from "../../modules/ocop/domain/certificate-rules"
import type { ProductGroup, ProductSet } from "../../modules/ocop/domain/classification"
import { dayToDate, vietnamDay, type Day } from "../../modules/ocop/domain/dates"
import type { District } from "../../modules/ocop/domain/geography"
import { ocopService } from "./resolve-ocop"

/** What a caller gives to certify a product; days are "YYYY-MM-DD". */
export type CertificateInput = {
  stars: number
  score?: number | null
  product_group?: string
  product_set: string
  certificate_number: string
  decision_number: string
  issuer?: string
  criteria_version?: string
  issued_at: Day
  expires_at?: Day
  renewal_filed_at?: Day | null
  evidence_url?: string | null
  is_sample?: boolean
}

export type CertificateRecord = {
  stars: number
  score: number | null
  product_group: ProductGroup
  product_set: ProductSet
  certificate_number: string
  decision_number: string
  issuer: string
  criteria_version: CriteriaVersion
  issued_at: Date
  expires_at: Date
  status: CertificateStatus
  renewal_filed_at: Date | null
  evidence_url: string | null
  is_sample: boolean
  producer_id: string
}

/**
 * Checks the OCOP rules and fills the defaults (issuer by criteria and
 * district, criteria by decision date, expiry = issue + 36 months, status as
 * of today). Nothing is written, so there is nothing to compensate.
 */
export const prepareCertificateStep = createStep(
  "prepare-ocop-certificate",
  async (input: { certificate: CertificateInput; producer: { id: string; district: string } }, { container }) => {
    const { certificate } = input
    const productGroup = certificate.product_group ?? groupForSet(certificate.product_set)
    const errors = certificateRuleErrors({ ...certificate, product_group: productGroup })
    if (errors.length || !productGroup || !isStars(certificate.stars)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, errors.join("; ") || "invalid certificate")
    }
    const [duplicate] = await ocopService(container).listOcopCertificates(
      { certificate_number: certificate.certificate_number },
      { take: 1, withDeleted: false }
    )
    if (duplicate) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Certificate number "${certificate.certificate_number}" is already registered`
      )
    }
    const criteria = (certificate.criteria_version as CriteriaVersion | undefined) ?? criteriaVersionOn(certificate.issued_at)
    const expires = certificate.expires_at ?? expiryFor(certificate.issued_at)
    const record: CertificateRecord = {
      stars: certificate.stars,
      score: certificate.score ?? null,
      product_group: productGroup as ProductGroup,
      product_set: certificate.product_set as ProductSet,
      certificate_number: certificate.certificate_number,
      decision_number: certificate.decision_number,
      issuer: certificate.issuer ?? defaultIssuer(certificate.stars, criteria, input.producer.district as District),
      criteria_version: criteria,
      issued_at: dayToDate(certificate.issued_at),
      expires_at: dayToDate(expires),
      status: statusOn({ expires_at: expires, renewal_filed_at: certificate.renewal_filed_at ?? null }, vietnamDay()),
      renewal_filed_at: certificate.renewal_filed_at ? dayToDate(certificate.renewal_filed_at) : null,
      evidence_url: certificate.evidence_url ?? null,
      is_sample: certificate.is_sample ?? false,
      producer_id: input.producer.id,
    }
    return new StepResponse(record)
  }
)

export const createCertificateStep = createStep(
  "create-ocop-certificate",
  async (record: CertificateRecord, { container }) => {
    const certificate = await ocopService(container).createOcopCertificates(record)
    return new StepResponse(certificate, certificate.id)
  },
  async (id, { container }) => {
    if (id) await ocopService(container).deleteOcopCertificates(id)
  }
)

type CertificateChanges = {
  status?: CertificateStatus
  renewal_filed_at?: Date | null
  revoked_at?: Date | null
  revocation_reason?: string | null
  superseded_at?: Date | null
  decision_number?: string
  issuer?: string
  evidence_url?: string | null
  score?: number | null
}

const RESTORABLE = [
  "status",
  "renewal_filed_at",
  "revoked_at",
  "revocation_reason",
  "superseded_at",
  "decision_number",
  "issuer",
  "evidence_url",
  "score",
] as const

/** Updates certificates and remembers their previous values so a failed workflow restores them. */
export const updateCertificatesStep = createStep(
  "update-ocop-certificates",
  async (updates: ({ id: string } & CertificateChanges)[], { container }) => {
    const service = ocopService(container)
    if (!updates.length) return new StepResponse([], [])
    const previous = await service.listOcopCertificates({ id: updates.map((update) => update.id) })
    const restore = previous.map((certificate) => {
      const snapshot: { id: string } & CertificateChanges = { id: certificate.id }
      for (const key of RESTORABLE) Object.assign(snapshot, { [key]: certificate[key] })
      return snapshot
    })
    const updated = await service.updateOcopCertificates(updates)
    return new StepResponse(updated, restore)
  },
  async (restore, { container }) => {
    if (restore?.length) await ocopService(container).updateOcopCertificates(restore)
  }
)

export const softDeleteCertificatesStep = createStep(
  "soft-delete-ocop-certificates",
  async (ids: string[], { container }) => {
    if (ids.length) await ocopService(container).softDeleteOcopCertificates(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await ocopService(container).restoreOcopCertificates(ids)
  }
)
