import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshCertificateStatusesWorkflow } from "../workflows/refresh-certificate-statuses"
import { refreshOcopListingsWorkflow } from "../workflows/refresh-ocop-listings"

const PAGE = 200

/**
 * Every day at 00:05 Vietnam time (17:05 UTC): certificates move between
 * active, expiring, renewal_pending and expired, and catalogue rows are
 * reconciled with products in case an event was missed.
 */
export default async function refreshOcopCertificatesJob(container: MedusaContainer): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { result } = await refreshCertificateStatusesWorkflow(container).run({ input: {} })

  let refreshed = 0
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({ entity: "product", fields: ["id"], pagination: { skip, take: PAGE } })
    if (!data.length) break
    await refreshOcopListingsWorkflow(container).run({ input: { product_ids: data.map((product) => product.id) } })
    refreshed += data.length
    if (data.length < PAGE) break
  }
  logger.info(`[ocop] daily refresh: ${result.changed.length} certificate statuses changed, ${refreshed} listings reconciled`)
}

export const config = {
  name: "refresh-ocop-certificates",
  schedule: "5 17 * * *",
}
