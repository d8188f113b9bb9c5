import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { formatPhone, ROLE_LABELS } from "../../lib/labels"
import type { ProducerDetail } from "../../lib/types"

/** The people who manage the producer's shop, and its stock location. */
export function ProducerMembers({ producer }: { producer: ProducerDetail }) {
  const members = producer.members ?? []
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Thành viên</Heading>
        {producer.stock_location ? (
          <Text size="small" className="text-ui-fg-subtle">
            Kho hàng: {producer.stock_location.name}
          </Text>
        ) : null}
      </div>
      {members.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Họ tên</Table.HeaderCell>
              <Table.HeaderCell>Điện thoại</Table.HeaderCell>
              <Table.HeaderCell>Vai trò</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {members.map((member) => (
              <Table.Row key={member.id}>
                <Table.Cell>{member.name}</Table.Cell>
                <Table.Cell>{formatPhone(member.phone)}</Table.Cell>
                <Table.Cell>{ROLE_LABELS[member.role] ?? member.role}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={member.status === "active" ? "green" : "grey"}>
                    {member.status === "active" ? "Đang hoạt động" : "Đã khoá"}
                  </Badge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            Chưa có thành viên nào.
          </Text>
        </div>
      )}
    </Container>
  )
}
