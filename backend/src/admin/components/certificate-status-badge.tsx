import { Badge } from "@medusajs/ui"
import { statusColor, statusLabel } from "../lib/labels"

export function CertificateStatusBadge({ status }: { status: string }) {
  return (
    <Badge size="2xsmall" color={statusColor(status)}>
      {statusLabel(status)}
    </Badge>
  )
}

export function SampleBadge({ show }: { show: boolean }) {
  if (!show) return null
  return (
    <Badge size="2xsmall" color="purple">
      dữ liệu mẫu
    </Badge>
  )
}
