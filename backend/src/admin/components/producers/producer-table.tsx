import { Table, Text } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { communeText, districtLabel, formatPhone, producerTypeLabel } from "../../lib/labels"
import type { Producer } from "../../lib/types"
import { SampleBadge } from "../certificate-status-badge"

/** Producers, one row each; a row opens the producer's page. */
export function ProducerTable({ producers }: { producers: Producer[] }) {
  const navigate = useNavigate()
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Tên chủ thể</Table.HeaderCell>
          <Table.HeaderCell>Loại hình</Table.HeaderCell>
          <Table.HeaderCell>Địa bàn</Table.HeaderCell>
          <Table.HeaderCell>Điện thoại</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {producers.map((producer) => (
          <Table.Row
            key={producer.id}
            className="cursor-pointer"
            tabIndex={0}
            onClick={() => navigate(`/ocop-producers/${producer.id}`)}
            onKeyDown={(event) => {
              if (event.key === "Enter") navigate(`/ocop-producers/${producer.id}`)
            }}
          >
            <Table.Cell>
              <div className="flex items-center gap-x-2">
                <Text size="small" weight="plus">
                  {producer.name}
                </Text>
                <SampleBadge show={producer.is_sample} />
              </div>
            </Table.Cell>
            <Table.Cell>{producerTypeLabel(producer.type)}</Table.Cell>
            <Table.Cell>
              {communeText(producer.commune)}, {districtLabel(producer.district)}
            </Table.Cell>
            <Table.Cell>{formatPhone(producer.phone)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
