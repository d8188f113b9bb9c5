import { Badge, Table, Text } from "@medusajs/ui"
import type { ChannelAccount } from "../../lib/channel-types"
import { accountStatusLabel, platformLabel } from "../../lib/channel-labels"
import { TokenExpiry } from "./token-expiry"

type AccountTableProps = { accounts: ChannelAccount[]; selectedId: string; onSelect: (id: string) => void }

/** Connected shops; a row opens its listings and runs below. */
export function AccountTable({ accounts, selectedId, onSelect }: AccountTableProps) {
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Gian hàng</Table.HeaderCell>
          <Table.HeaderCell>Sàn</Table.HeaderCell>
          <Table.HeaderCell>Chủ sở hữu</Table.HeaderCell>
          <Table.HeaderCell>Token</Table.HeaderCell>
          <Table.HeaderCell>Sản phẩm đăng</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {accounts.map((account) => (
          <Table.Row
            key={account.id}
            className={account.id === selectedId ? "bg-ui-bg-highlight cursor-pointer" : "cursor-pointer"}
            tabIndex={0}
            aria-selected={account.id === selectedId}
            onClick={() => onSelect(account.id)}
            onKeyDown={(event) => {
              if (event.key === "Enter") onSelect(account.id)
            }}
          >
            <Table.Cell>
              <div className="flex flex-col">
                <Text size="small" weight="plus">
                  {account.name}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {account.shop_id ? `Shop ${account.shop_id} · ` : ""}
                  {accountStatusLabel(account.status)}
                </Text>
              </div>
            </Table.Cell>
            <Table.Cell>{platformLabel(account.platform)}</Table.Cell>
            <Table.Cell>{account.producer_id ? "Chủ thể" : "Tỉnh"}</Table.Cell>
            <Table.Cell>
              <TokenExpiry account={account} />
            </Table.Cell>
            <Table.Cell>
              <div className="flex flex-wrap items-center gap-1">
                <Text size="small">{account.listing_counts.total}</Text>
                {account.listing_counts.needs_push ? (
                  <Badge size="2xsmall" color="orange">
                    {account.listing_counts.needs_push} cần đẩy
                  </Badge>
                ) : null}
                {account.listing_counts.errors ? (
                  <Badge size="2xsmall" color="red">
                    {account.listing_counts.errors} lỗi
                  </Badge>
                ) : null}
              </div>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
