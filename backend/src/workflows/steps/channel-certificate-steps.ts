import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { mayShowBadge, statusOn } from "../../modules/ocop/domain/certificate-rules"
import { dateToDay, vietnamDay, type Day } from "../../modules/ocop/domain/dates"
import { withReason, type ListingUpdate } from "./channel-listing-steps"
import { graphRows } from "./graph-rows"
import { channelsService } from "./resolve-channels"

type CertificateFacts = {
  id: string
  expires_at: Date | string
  issued_at: Date | string
  revoked_at: Date | string | null
  renewal_filed_at: Date | string | null
  superseded_at: Date | string | null
}

type ProductCertificates = { id: string; ocop_certificates?: (CertificateFacts | null)[] | null }

/** Whether a product may carry the OCOP claim today: its current certificate shows the badge. */
export function productMayClaimOcop(product: ProductCertificates, today: Day): boolean {
  const current = (product.ocop_certificates ?? [])
    .filter((certificate): certificate is CertificateFacts => !!certificate && !certificate.superseded_at)
    .sort((a, b) => new Date(b.issued_at).getTime() - new Date(a.issued_at).getTime())[0]
  if (!current) return false
  return mayShowBadge(
    statusOn(
      {
        expires_at: dateToDay(current.expires_at),
        revoked_at: current.revoked_at ? dateToDay(current.revoked_at) : null,
        renewal_filed_at: current.renewal_filed_at ? dateToDay(current.renewal_filed_at) : null,
      },
      today
    )
  )
}

/** The products behind certificate ids (the daily status job names certificates, not products). */
export const resolveCertificateProductsStep = createStep(
  "resolve-channel-certificate-products",
  async (input: { product_ids?: string[]; certificate_ids?: string[] }, { container }) => {
    const ids = new Set(input.product_ids ?? [])
    if (input.certificate_ids?.length) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "ocop_certificate",
        fields: ["id", "product.id"],
        filters: { id: input.certificate_ids },
      })
      for (const row of graphRows<{ product?: { id: string } | null }>(data)) if (row.product?.id) ids.add(row.product.id)
    }
    return new StepResponse([...ids])
  }
)

/**
 * Which listings a certificate change concerns. The ledger's `claims_ocop`
 * and `status` say what the platform shows (the CLI reports them after a
 * push), so a change only flags listings for a push with the reason
 * "certificate": one that still claims OCOP (or, on an "unlist" account, is
 * still listed) after the certificate lapsed, or one that lost the claim or
 * was unlisted once the certificate is valid again. Only changed rows are
 * returned: a second run changes nothing.
 */
export const planCertificateListingsStep = createStep(
  "plan-channel-certificate-listings",
  async (input: { product_ids: string[]; today?: Day }, { container }) => {
    if (!input.product_ids.length) return new StepResponse([] as ListingUpdate[])
    const service = channelsService(container)
    const listings = await service.listChannelListings({ product_id: input.product_ids }, { take: null })
    if (!listings.length) return new StepResponse([] as ListingUpdate[])

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: [
        "id",
        "ocop_certificates.id",
        "ocop_certificates.expires_at",
        "ocop_certificates.issued_at",
        "ocop_certificates.revoked_at",
        "ocop_certificates.renewal_filed_at",
        "ocop_certificates.superseded_at",
      ],
      filters: { id: input.product_ids },
    })
    const today = input.today ?? vietnamDay()
    const valid = new Map(graphRows<ProductCertificates>(data).map((product) => [product.id, productMayClaimOcop(product, today)]))
    const accounts = await service.listChannelAccounts({ id: [...new Set(listings.map((listing) => listing.account_id))] }, { take: null })
    const action = new Map(accounts.map((account) => [account.id, account.on_invalid_certificate]))

    const updates: ListingUpdate[] = []
    for (const listing of listings) {
      const flagged = withReason(listing.push_reasons, "certificate", true)
      if (valid.get(listing.product_id)) {
        const lostClaim = !listing.claims_ocop || listing.status === "unlisted"
        if (lostClaim && !listing.push_reasons.includes("certificate")) {
          updates.push({ id: listing.id, push_reasons: flagged, needs_push: true })
        }
        continue
      }
      const stillShown = listing.claims_ocop || (action.get(listing.account_id) === "unlist" && listing.status !== "unlisted")
      if (stillShown && !listing.push_reasons.includes("certificate")) {
        updates.push({ id: listing.id, push_reasons: flagged, needs_push: true })
      }
    }
    return new StepResponse(updates)
  }
)
