import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { CERTIFICATE_STATUSES } from "../../../modules/ocop/domain/certificate-rules"
import {
  CertificateFilters,
  EXPIRY_WINDOWS,
  type CertificateFilterValues,
} from "../../components/certificates/certificate-filters"
import { CertificateTable } from "../../components/certificates/certificate-table"
import { Pagination } from "../../components/pagination"
import { ocopApi, ocopKeys } from "../../lib/api"
import type { CertificateOrder, CertificatesQuery } from "../../lib/types"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { useUrlFilters } from "../../lib/use-url-filters"
import { QueryState } from "../../components/query-state"

const PAGE_SIZE = 20
const ORDERS: readonly CertificateOrder[] = ["expires_at", "-expires_at", "issued_at", "-issued_at", "certificate_number"]
type UrlKey = "q" | "status" | "window" | "after" | "before" | "current" | "order"

/** Chứng nhận OCOP: every certificate, by status and expiry window; a row opens its product. */
const CertificatesPage = () => {
  const filters = useUrlFilters<UrlKey>()
  const [search, setSearch] = useState(filters.get("q"))
  const q = useDebouncedValue(search.trim())

  const values: CertificateFilterValues = {
    q: search,
    statuses: CERTIFICATE_STATUSES.filter((status) => filters.get("status").split(",").includes(status)),
    window: EXPIRY_WINDOWS.find((entry) => entry === filters.get("window")) ?? "any",
    after: filters.get("after"),
    before: filters.get("before"),
    currentOnly: filters.get("current") !== "all",
    order: ORDERS.find((order) => order === filters.get("order")) ?? "expires_at",
  }

  const query: CertificatesQuery = {
    q: q || undefined,
    status: values.statuses.length ? values.statuses : undefined,
    current: values.currentOnly ? true : undefined,
    expiring_within_days: /^\d+$/.test(values.window) ? Number(values.window) : undefined,
    expires_after: values.window === "custom" && values.after ? values.after : undefined,
    expires_before: values.window === "custom" && values.before ? values.before : undefined,
    order: ORDERS.find((order) => order === values.order),
    offset: filters.offset,
    limit: PAGE_SIZE,
  }
  const certificates = useQuery({
    queryKey: ocopKeys.certificates(query),
    queryFn: () => ocopApi.listCertificates(query),
    placeholderData: keepPreviousData,
  })

  const onChange = (patch: Partial<CertificateFilterValues>) => {
    if (patch.q !== undefined) {
      setSearch(patch.q)
      filters.patch({ q: patch.q.trim() })
    }
    if (patch.statuses) filters.patch({ status: patch.statuses.join(",") })
    if (patch.window) filters.patch({ window: patch.window === "any" ? "" : patch.window })
    if (patch.after !== undefined) filters.patch({ after: patch.after })
    if (patch.before !== undefined) filters.patch({ before: patch.before })
    if (patch.currentOnly !== undefined) filters.patch({ current: patch.currentOnly ? "" : "all" })
    if (patch.order !== undefined) filters.patch({ order: patch.order === "expires_at" ? "" : patch.order })
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Chứng nhận OCOP</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Giấy chứng nhận sản phẩm OCOP theo trạng thái và thời hạn
        </Text>
      </div>
      <div className="px-6 py-4">
        <CertificateFilters values={values} onChange={onChange} />
      </div>
      <QueryState query={certificates} />
      {certificates.data ? (
        certificates.data.certificates.length ? (
          <div className="overflow-x-auto">
            <CertificateTable certificates={certificates.data.certificates} />
          </div>
        ) : (
          <div className="px-6 py-8">
            <Text size="small" className="text-ui-fg-subtle">
              Không có chứng nhận nào khớp bộ lọc.
            </Text>
          </div>
        )
      ) : null}
      {certificates.data ? (
        <Pagination
          count={certificates.data.count}
          offset={certificates.data.offset}
          limit={certificates.data.limit}
          onOffsetChange={(offset) => filters.patch({ offset: offset ? String(offset) : "" })}
        />
      ) : null}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Chứng nhận OCOP",
})

export default CertificatesPage
