import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { CERTIFIED_STARS } from "../../../modules/ocop/domain/certificate-rules"
import { PRODUCT_GROUP_CODES } from "../../../modules/ocop/domain/classification"
import { isDay, vietnamDay } from "../../../modules/ocop/domain/dates"
import { DISTRICT_CODES } from "../../../modules/ocop/domain/geography"
import { PRODUCER_TYPE_CODES } from "../../../modules/ocop/domain/producer-types"
import { FormError } from "../../components/form-error"
import { CountBreakdown } from "../../components/report/count-breakdown"
import { ExpiringCertificates } from "../../components/report/expiring-certificates"
import { ProducerShares } from "../../components/report/producer-shares"
import { ReportDatePicker } from "../../components/report/report-date-picker"
import { ReportTotals } from "../../components/report/report-totals"
import { errorMessage, ocopApi, ocopKeys } from "../../lib/api"
import { districtLabel, groupLabel, producerTypeLabel, starsText } from "../../lib/labels"
import { useUrlFilters } from "../../lib/use-url-filters"

const STAR_KEYS = CERTIFIED_STARS.map(String)
const starLabel = (key: string) => `${starsText(Number(key))} (${key} sao)`

/** Báo cáo OCOP: the programme's figures as they stood on a chosen day. */
const ReportPage = () => {
  const filters = useUrlFilters<"as_of">()
  const [today] = useState(() => vietnamDay())
  const [typed, setTyped] = useState(filters.get("as_of") || today)
  const asOf = isDay(typed) ? typed : isDay(filters.get("as_of")) ? filters.get("as_of") : today

  const report = useQuery({
    queryKey: ocopKeys.report(asOf),
    queryFn: () => ocopApi.getReport(asOf),
    placeholderData: keepPreviousData,
  })

  const choose = (day: string) => {
    setTyped(day)
    if (isDay(day)) filters.patch({ as_of: day === today ? "" : day })
  }

  const data = report.data?.report
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-4 px-6 py-4">
        <div>
          <Heading level="h1">Báo cáo OCOP</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Sản phẩm và chủ thể OCOP tỉnh Cao Bằng còn hiệu lực tại một ngày
          </Text>
        </div>
        <ReportDatePicker value={typed} today={today} onChange={choose} />
        {report.isError ? <FormError messages={[errorMessage(report.error)]} /> : null}
        {report.isLoading ? (
          <Text size="small" className="text-ui-fg-subtle">
            Đang tải…
          </Text>
        ) : null}
        {data ? <ReportTotals report={data} /> : null}
      </Container>
      {data ? (
        <>
          <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
            <CountBreakdown
              title="Sản phẩm theo hạng sao"
              column="Hạng sao"
              counts={data.products.by_stars}
              keys={STAR_KEYS}
              label={starLabel}
              unit="sản phẩm"
            />
            <CountBreakdown
              title="Sản phẩm theo ngành"
              column="Ngành"
              counts={data.products.by_group}
              keys={PRODUCT_GROUP_CODES}
              label={groupLabel}
              unit="sản phẩm"
            />
            <CountBreakdown
              title="Chủ thể theo loại hình"
              column="Loại hình"
              counts={data.producers.by_type}
              keys={PRODUCER_TYPE_CODES}
              label={producerTypeLabel}
              unit="chủ thể"
            />
            <ProducerShares producers={data.producers} />
            <CountBreakdown
              title="Sản phẩm theo huyện"
              column="Huyện"
              counts={data.products.by_district}
              keys={DISTRICT_CODES}
              label={districtLabel}
              unit="sản phẩm"
            />
            <CountBreakdown
              title="Chủ thể theo huyện"
              column="Huyện"
              counts={data.producers.by_district}
              keys={DISTRICT_CODES}
              label={districtLabel}
              unit="chủ thể"
            />
          </div>
          <ExpiringCertificates report={data} />
        </>
      ) : null}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Báo cáo OCOP",
})

export default ReportPage
