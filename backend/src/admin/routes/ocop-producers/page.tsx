import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { isDistrict } from "../../../modules/ocop/domain/geography"
import { isProducerType } from "../../../modules/ocop/domain/producer-types"
import { Pagination } from "../../components/pagination"
import { ProducerCreateDrawer } from "../../components/producers/producer-create-drawer"
import { ProducerFilters, type ProducerFilterValues } from "../../components/producers/producer-filters"
import { ProducerTable } from "../../components/producers/producer-table"
import { ocopApi, ocopKeys } from "../../lib/api"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { useUrlFilters } from "../../lib/use-url-filters"
import type { ProducersQuery } from "../../lib/types"
import { QueryState } from "../../components/query-state"

const PAGE_SIZE = 20

/** Chủ thể OCOP: search, filter by type and district, page through, add a producer. */
const ProducersPage = () => {
  const filters = useUrlFilters<"q" | "type" | "district">()
  const [creating, setCreating] = useState(false)
  const [search, setSearch] = useState(filters.get("q"))
  const q = useDebouncedValue(search.trim())
  const type = filters.get("type")
  const district = filters.get("district")

  const query: ProducersQuery = {
    q: q || undefined,
    type: isProducerType(type) ? [type] : undefined,
    district: isDistrict(district) ? [district] : undefined,
    offset: filters.offset,
    limit: PAGE_SIZE,
  }
  const producers = useQuery({
    queryKey: ocopKeys.producers(query),
    queryFn: () => ocopApi.listProducers(query),
    placeholderData: keepPreviousData,
  })

  const onFilters = (patch: Partial<ProducerFilterValues>) => {
    if (patch.q !== undefined) {
      setSearch(patch.q)
      filters.patch({ q: patch.q.trim() })
    }
    if (patch.type !== undefined) filters.patch({ type: patch.type })
    if (patch.district !== undefined) filters.patch({ district: patch.district })
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Chủ thể OCOP</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Hợp tác xã, tổ hợp tác, doanh nghiệp và hộ kinh doanh có sản phẩm OCOP
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
          Thêm chủ thể
        </Button>
      </div>
      <div className="px-6 py-4">
        <ProducerFilters values={{ q: search, type, district }} onChange={onFilters} />
      </div>
      <QueryState query={producers} />
      {producers.data ? (
        producers.data.producers.length ? (
          <div className="overflow-x-auto">
            <ProducerTable producers={producers.data.producers} />
          </div>
        ) : (
          <div className="px-6 py-8">
            <Text size="small" className="text-ui-fg-subtle">
              Không có chủ thể nào khớp bộ lọc.
            </Text>
          </div>
        )
      ) : null}
      {producers.data ? (
        <Pagination
          count={producers.data.count}
          offset={producers.data.offset}
          limit={producers.data.limit}
          onOffsetChange={(next) => filters.patch({ offset: next ? String(next) : "" })}
        />
      ) : null}
      <ProducerCreateDrawer open={creating} onOpenChange={setCreating} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Chủ thể OCOP",
})

export default ProducersPage
