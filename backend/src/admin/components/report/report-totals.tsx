import { Alert, Text } from "@medusajs/ui"
import { formatCount, formatDay } from "../../lib/labels"
import type { ProgrammeReport } from "../../lib/types"

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-lg px-4 py-3">
      <Text size="xsmall" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="xlarge" weight="plus" className="tabular-nums">
        {formatCount(value)}
      </Text>
    </div>
  )
}

/** Headline figures of the report. */
export function ReportTotals({ report }: { report: ProgrammeReport }) {
  return (
    <div className="flex flex-col gap-y-3">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <Figure label={`Sản phẩm OCOP còn hiệu lực đến ${formatDay(report.as_of)}`} value={report.products.total} />
        <Figure label="Chủ thể có sản phẩm OCOP" value={report.producers.total} />
        <Figure label="Chứng nhận sắp hết hạn (180 ngày)" value={report.expiring.length} />
      </div>
      {report.sample_records > 0 ? (
        <Alert variant="warning">
          Số liệu gồm {formatCount(report.sample_records)} chứng nhận là dữ liệu mẫu, không phải số liệu chính thức.
        </Alert>
      ) : null}
    </div>
  )
}
