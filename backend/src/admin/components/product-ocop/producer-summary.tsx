import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { communeText, districtLabel, formatPhone, producerTypeLabel } from "../../lib/labels"
import type { Producer } from "../../lib/types"
import { SampleBadge } from "../certificate-status-badge"

/** Who makes the product: name, type, district/commune and phone. */
export function ProducerSummary({ producer }: { producer: Producer | null }) {
  if (!producer) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        Sản phẩm chưa gắn với chủ thể OCOP nào. Chủ thể được gắn khi cấp chứng nhận.
      </Text>
    )
  }
  return (
    <div className="flex flex-col gap-y-1">
      <div className="flex items-center gap-x-2">
        <Link to={`/ocop-producers/${producer.id}`} className="text-ui-fg-interactive hover:underline">
          <Text size="small" weight="plus">
            {producer.name}
          </Text>
        </Link>
        <SampleBadge show={producer.is_sample} />
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {producerTypeLabel(producer.type)} · {communeText(producer.commune)}, {districtLabel(producer.district)}
      </Text>
      <Text size="small" className="text-ui-fg-subtle">
        Điện thoại: {formatPhone(producer.phone)}
      </Text>
    </div>
  )
}
