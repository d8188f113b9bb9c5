import { Container, Heading, Table } from "@medusajs/ui"
import { formatCount, formatPercent } from "../../lib/labels"
import { BarChart } from "../bar-chart"

type CountBreakdownProps = {
  title: string
  counts: Record<string, number>
  /** The known keys, in display order; they show even when zero. */
  keys: readonly string[]
  label: (key: string) => string
  /** Heading of the first column ("Hạng sao", "Huyện"…). */
  column: string
  unit: string
}

/** One "by …" figure of the report: bars and a table with shares. */
export function CountBreakdown({ title, counts, keys, label, column, unit }: CountBreakdownProps) {
  const extra = Object.keys(counts).filter((key) => !keys.includes(key))
  const rows = [...keys, ...extra].map((key) => ({ key, label: label(key), value: counts[key] ?? 0 }))
  const total = rows.reduce((sum, row) => sum + row.value, 0)
  return (
    <Container className="flex flex-col gap-y-4 px-6 py-4">
      <Heading level="h2">{title}</Heading>
      <BarChart bars={rows} label={title} />
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{column}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Số {unit}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Tỷ lệ</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.key}>
              <Table.Cell>{row.label}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatCount(row.value)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{total ? formatPercent(row.value / total) : "—"}</Table.Cell>
            </Table.Row>
          ))}
          <Table.Row>
            <Table.Cell className="font-medium">Tổng</Table.Cell>
            <Table.Cell className="text-right font-medium tabular-nums">{formatCount(total)}</Table.Cell>
            <Table.Cell />
          </Table.Row>
        </Table.Body>
      </Table>
    </Container>
  )
}
