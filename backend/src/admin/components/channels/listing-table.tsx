import { Badge, Table, Text } from "@medusajs/ui"
import type { ChannelListing } from "../../lib/channel-types"
import { formatDateTime, formatVnd, listingStatus, pushReasonLabel } from "../../lib/channel-labels"

/** The ledger of one account: what the platform shows, what it should show, and the last error. */
export function ListingTable({ listings }: { listings: ChannelListing[] }) {
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>SKU</Table.HeaderCell>
          <Table.HeaderCell>Trạng thái</Table.HeaderCell>
          <Table.HeaderCell>Tồn trên sàn → cần có</Table.HeaderCell>
          <Table.HeaderCell>Giá đã đẩy</Table.HeaderCell>
          <Table.HeaderCell>OCOP</Table.HeaderCell>
          <Table.HeaderCell>Lỗi gần nhất</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {listings.map((listing) => {
          const status = listingStatus(listing.status)
          return (
            <Table.Row key={listing.id}>
              <Table.Cell>
                <div className="flex flex-col">
                  <Text size="small" weight="plus">
                    {listing.sku ?? listing.variant_id}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    Đẩy lúc {formatDateTime(listing.last_pushed_at)}
                  </Text>
                </div>
              </Table.Cell>
              <Table.Cell>
                <div className="flex flex-wrap gap-1">
                  <Badge size="2xsmall" color={status.color}>
                    {status.label}
                  </Badge>
                  {listing.needs_push ? (
                    <Badge size="2xsmall" color="orange">
                      Cần đẩy: {listing.push_reasons.map(pushReasonLabel).join(", ")}
                    </Badge>
                  ) : null}
                </div>
              </Table.Cell>
              <Table.Cell>
                {listing.last_pushed_stock ?? "—"} → {listing.desired_stock ?? "—"}
              </Table.Cell>
              <Table.Cell>{formatVnd(listing.last_pushed_price)}</Table.Cell>
              <Table.Cell>{listing.claims_ocop ? "Có" : "Không"}</Table.Cell>
              <Table.Cell>
                {listing.last_error ? (
                  <div className="flex max-w-xs flex-col">
                    <Text size="xsmall" className="text-ui-fg-error">
                      {listing.last_error.field ? `${listing.last_error.field}: ` : ""}
                      {listing.last_error.message}
                    </Text>
                    {listing.last_error.request_id ? (
                      <Text size="xsmall" className="text-ui-fg-subtle font-mono">
                        request_id {listing.last_error.request_id}
                      </Text>
                    ) : null}
                  </div>
                ) : (
                  "—"
                )}
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}
