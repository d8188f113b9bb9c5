import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { vietnamDay } from "../../../../modules/ocop/domain/dates"
import { presentCertificate } from "../../../utils/ocop-presenters"

export const CERTIFICATE_FIELDS = [
  "*",
  "producer.id",
  "producer.name",
  "producer.handle",
  "producer.type",
  "producer.district",
  "product.id",
  "product.title",
  "product.handle",
  "product.thumbnail",
]

type CertificateRow = Parameters<typeof presentCertificate>[0] & {
  producer?: { id: string; name: string; handle: string; type: string; district: string } | null
  product?: { id: string; title: string; handle: string; thumbnail: string | null } | null
}

export function presentCertificateRow(row: CertificateRow) {
  return {
    ...presentCertificate(row, vietnamDay()),
    producer: row.producer ?? null,
    product: row.product ?? null,
  }
}

export async function loadCertificate(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "ocop_certificate", fields: CERTIFICATE_FIELDS, filters: { id } })
  const row = (data as CertificateRow[])[0]
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Certificate ${id} was not found`)
  return presentCertificateRow(row)
}

export async function listCertificates(
  container: MedusaContainer,
  filters: Record<string, unknown>,
  pagination: { skip: number; take: number; order: Record<string, "ASC" | "DESC"> }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "ocop_certificate",
    fields: CERTIFICATE_FIELDS,
    filters,
    pagination,
  })
  return { certificates: (data as CertificateRow[]).map(presentCertificateRow), count: metadata?.count ?? data.length }
}
