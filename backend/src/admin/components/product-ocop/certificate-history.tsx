import { Badge, Table, Text } from "@medusajs/ui"
import { formatDay } from "../../lib/labels"
import type { Certificate } from "../../lib/types"
import { CertificateStatusBadge, SampleBadge } from "../certificate-status-badge"
import { Stars } from "../stars"

/** Every certificate the product has had, current first. */
export function CertificateHistory({ certificates }: { certificates: Certificate[] }) {
  if (!certificates.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        Chưa có lịch sử chứng nhận.
      </Text>
    )
  }
  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Số chứng nhận</Table.HeaderCell>
            <Table.HeaderCell>Sao</Table.HeaderCell>
            <Table.HeaderCell>Ngày cấp</Table.HeaderCell>
            <Table.HeaderCell>Hết hạn</Table.HeaderCell>
            <Table.HeaderCell>Trạng thái</Table.HeaderCell>
            <Table.HeaderCell>Ghi chú</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {certificates.map((certificate) => (
            <Table.Row key={certificate.id}>
              <Table.Cell>{certificate.certificate_number}</Table.Cell>
              <Table.Cell>
                <Stars stars={certificate.stars} />
              </Table.Cell>
              <Table.Cell>{formatDay(certificate.issued_at)}</Table.Cell>
              <Table.Cell>{formatDay(certificate.expires_at)}</Table.Cell>
              <Table.Cell>
                <div className="flex flex-wrap items-center gap-1">
                  <CertificateStatusBadge status={certificate.status} />
                  {certificate.is_current ? (
                    <Badge size="2xsmall" color="blue">
                      Hiện hành
                    </Badge>
                  ) : null}
                  <SampleBadge show={certificate.is_sample} />
                </div>
              </Table.Cell>
              <Table.Cell>
                {certificate.superseded_at ? `Thay thế ngày ${formatDay(certificate.superseded_at)}` : ""}
                {certificate.revocation_reason ? `Thu hồi: ${certificate.revocation_reason}` : ""}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
