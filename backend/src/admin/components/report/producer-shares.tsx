import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { formatCount, formatPercent, producerTypeLabel } from "../../lib/labels"
import type { ProgrammeReport } from "../../lib/types"

type Share = ProgrammeReport["producers"]["share"]["hop_tac_xa"]

function ShareBar({ label, share, count }: { label: string; share: Share; count: number }) {
  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Text size="small" weight="plus">
          {label}: {formatPercent(share.value)} ({formatCount(count)} chủ thể)
        </Text>
        <Badge size="2xsmall" color={share.met ? "green" : "orange"}>
          {share.met ? "Đạt mục tiêu" : "Chưa đạt"} {formatPercent(share.target)}
        </Badge>
      </div>
      <div className="bg-ui-bg-subtle relative h-4 w-full overflow-hidden rounded-full" aria-hidden>
        <div
          className={share.met ? "bg-ui-tag-green-icon h-full" : "bg-ui-tag-orange-icon h-full"}
          style={{ width: `${Math.min(1, share.value) * 100}%` }}
        />
        <div className="bg-ui-fg-base absolute inset-y-0 w-0.5" style={{ left: `${share.target * 100}%` }} />
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle">
        Vạch đen: mục tiêu {formatPercent(share.target)} số chủ thể
      </Text>
    </div>
  )
}

/** Cooperative and enterprise shares of producers against the province targets (40% / 30%). */
export function ProducerShares({ producers }: { producers: ProgrammeReport["producers"] }) {
  return (
    <Container className="flex flex-col gap-y-4 px-6 py-4">
      <div>
        <Heading level="h2">Tỷ lệ hợp tác xã và doanh nghiệp</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Trên tổng {formatCount(producers.total)} chủ thể có sản phẩm OCOP còn hiệu lực
        </Text>
      </div>
      <ShareBar
        label={producerTypeLabel("hop_tac_xa")}
        share={producers.share.hop_tac_xa}
        count={producers.by_type.hop_tac_xa ?? 0}
      />
      <ShareBar
        label={producerTypeLabel("doanh_nghiep")}
        share={producers.share.doanh_nghiep}
        count={producers.by_type.doanh_nghiep ?? 0}
      />
    </Container>
  )
}
