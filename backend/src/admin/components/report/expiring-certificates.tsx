import { Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { EXPIRING_WINDOW_DAYS } from "../../../modules/ocop/domain/certificate-rules"
import { dayToDate } from "../../../modules/ocop/domain/dates"
import { formatDay } from "../../lib/labels"
import type { ProgrammeReport } from "../../lib/types"
import { Stars } from "../stars"

const daysBetween = (from: string, to: string) =>
  Math.round((dayToDate(to).getTime() - dayToDate(from).getTime()) / 86_400_000)

/** Certificates counted on the day that expire within the window after it. */
export function ExpiringCertificates({ report }: { report: ProgrammeReport }) {
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Chứng nhận sắp hết hạn</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Hết hạn trong {EXPIRING_WINDOW_DAYS} ngày kể từ {formatDay(report.as_of)} ({report.expiring.length} chứng nhận)
        </Text>
      </div>
      {report.expiring.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Số chứng nhận</Table.HeaderCell>
              <Table.HeaderCell>Chủ thể</Table.HeaderCell>
              <Table.HeaderCell>Sao</Table.HeaderCell>
              <Table.HeaderCell>Hết hạn</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Còn lại</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {report.expiring.map((row) => {
              const left = daysBetween(report.as_of, row.expires_at)
              return (
                <Table.Row key={row.certificate_id}>
                  <Table.Cell>
                    <Link
                      to={`/ocop-certificates?q=${encodeURIComponent(row.certificate_number)}&current=all`}
                      className="text-ui-fg-interactive hover:underline"
                    >
                      {row.certificate_number}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{row.producer_name}</Table.Cell>
                  <Table.Cell>
                    <Stars stars={row.stars} />
                  </Table.Cell>
                  <Table.Cell>{formatDay(row.expires_at)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {left > 0 ? `${left} ngày` : left === 0 ? "Hôm nay" : `Quá hạn ${-left} ngày (đang gia hạn)`}
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      ) : (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            Không có chứng nhận nào sắp hết hạn.
          </Text>
        </div>
      )}
    </Container>
  )
}
