import { Badge, Table, Text } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { formatDay, producerTypeLabel } from "../../lib/labels"
import type { CertificateRow } from "../../lib/types"
import { CertificateStatusBadge, SampleBadge } from "../certificate-status-badge"
import { Stars } from "../stars"

/** Certificates; a row opens its product (or its producer when no product is attached). */
export function CertificateTable({ certificates }: { certificates: CertificateRow[] }) {
  const navigate = useNavigate()
  const target = (certificate: CertificateRow) =>
    certificate.product
      ? `/products/${certificate.product.id}`
      : certificate.producer
        ? `/ocop-producers/${certificate.producer.id}`
        : null

  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Số chứng nhận</Table.HeaderCell>
          <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
          <Table.HeaderCell>Chủ thể</Table.HeaderCell>
          <Table.HeaderCell>Sao</Table.HeaderCell>
          <Table.HeaderCell>Ngày cấp</Table.HeaderCell>
          <Table.HeaderCell>Hết hạn</Table.HeaderCell>
          <Table.HeaderCell>Trạng thái</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {certificates.map((certificate) => {
          const to = target(certificate)
          return (
            <Table.Row
              key={certificate.id}
              className={to ? "cursor-pointer" : undefined}
              tabIndex={to ? 0 : undefined}
              onClick={to ? () => navigate(to) : undefined}
              onKeyDown={(event) => {
                if (to && event.key === "Enter") navigate(to)
              }}
            >
              <Table.Cell>
                <Text size="small" weight="plus">
                  {certificate.certificate_number}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  QĐ {certificate.decision_number}
                </Text>
              </Table.Cell>
              <Table.Cell>
                {certificate.product ? certificate.product.title : <span className="text-ui-fg-subtle">Chưa gắn</span>}
              </Table.Cell>
              <Table.Cell>
                {certificate.producer ? (
                  <>
                    <div>{certificate.producer.name}</div>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {producerTypeLabel(certificate.producer.type)}
                    </Text>
                  </>
                ) : (
                  "—"
                )}
              </Table.Cell>
              <Table.Cell>
                <Stars stars={certificate.stars} />
              </Table.Cell>
              <Table.Cell>{formatDay(certificate.issued_at)}</Table.Cell>
              <Table.Cell>{formatDay(certificate.expires_at)}</Table.Cell>
              <Table.Cell>
                <div className="flex flex-wrap items-center gap-1">
                  <CertificateStatusBadge status={certificate.status} />
                  {!certificate.is_current ? (
                    <Badge size="2xsmall" color="grey">
                      Đã thay thế
                    </Badge>
                  ) : null}
                  <SampleBadge show={certificate.is_sample} />
                </div>
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}
