import { Badge, Table } from "@medusajs/ui"
import type { ChannelRun } from "../../lib/channel-types"
import { formatDateTime, runKindLabel, runStatus } from "../../lib/channel-labels"

/** Recent runs (the backend's pushes and the channel CLI's) for one account, newest first. */
export function RunTable({ runs }: { runs: ChannelRun[] }) {
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Loại</Table.HeaderCell>
          <Table.HeaderCell>Trạng thái</Table.HeaderCell>
          <Table.HeaderCell>Bắt đầu</Table.HeaderCell>
          <Table.HeaderCell>Kết thúc</Table.HeaderCell>
          <Table.HeaderCell>Mới / sửa / giữ / lỗi</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {runs.map((run) => {
          const status = runStatus(run.status)
          return (
            <Table.Row key={run.id}>
              <Table.Cell>{runKindLabel(run.kind)}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={status.color}>
                  {status.label}
                </Badge>
              </Table.Cell>
              <Table.Cell>{formatDateTime(run.started_at ?? run.created_at)}</Table.Cell>
              <Table.Cell>{formatDateTime(run.finished_at)}</Table.Cell>
              <Table.Cell>
                {run.created_count} / {run.updated_count} / {run.unchanged_count} / {run.failed_count}
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}
