import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { accountsNeedingPush, pushFlaggedAccounts } from "../lib/channels/push-flagged-accounts"
import { OCOP_CERTIFICATE_ATTACHED } from "../workflows/attach-certificate"
import { OCOP_CERTIFICATE_CREATED } from "../workflows/certify-product"
import { OCOP_CERTIFICATE_DELETED } from "../workflows/delete-certificate"
import { OCOP_CERTIFICATE_DETACHED } from "../workflows/detach-certificate"
import { OCOP_CERTIFICATE_RENEWAL_FILED } from "../workflows/file-certificate-renewal"
import { markChannelCertificateChangeWorkflow } from "../workflows/mark-channel-certificate-change"
import { OCOP_CERTIFICATE_STATUSES_CHANGED } from "../workflows/refresh-certificate-statuses"
import { OCOP_CERTIFICATE_REVOKED } from "../workflows/revoke-certificate"
import { OCOP_CERTIFICATE_UPDATED } from "../workflows/update-certificate"

type Entry = { product_id?: unknown; ids?: unknown }
type Payload = Entry | Entry[]

const strings = (values: unknown[]): string[] => values.filter((value): value is string => typeof value === "string")

/**
 * Listings follow their product's OCOP certificate: revoked, expired (the
 * daily status job), deleted or detached certificates withdraw the claim or
 * the listing per account; renewals (a new certificate) and renewal filings
 * let it back. The daily job names certificates, the others products.
 * Accounts the backend can push get the change on the platform at once.
 */
export default async function channelCertificateSync({ event, container }: SubscriberArgs<Payload>): Promise<void> {
  const entries = Array.isArray(event.data) ? event.data : [event.data]
  const certificateIds = strings(entries.flatMap((entry) => (Array.isArray(entry.ids) ? entry.ids : [])))
  const productIds = strings(entries.map((entry) => entry.product_id))
  if (!certificateIds.length && !productIds.length) return
  const { result } = await markChannelCertificateChangeWorkflow(container).run({
    input: { product_ids: productIds, certificate_ids: certificateIds },
  })
  await pushFlaggedAccounts(container, accountsNeedingPush(result))
}

export const config: SubscriberConfig = {
  event: [
    OCOP_CERTIFICATE_CREATED,
    OCOP_CERTIFICATE_UPDATED,
    OCOP_CERTIFICATE_REVOKED,
    OCOP_CERTIFICATE_RENEWAL_FILED,
    OCOP_CERTIFICATE_ATTACHED,
    OCOP_CERTIFICATE_DETACHED,
    OCOP_CERTIFICATE_DELETED,
    OCOP_CERTIFICATE_STATUSES_CHANGED,
  ],
  context: { subscriberId: "channel-certificate-sync" },
}
