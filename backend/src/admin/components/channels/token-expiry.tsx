import { Badge, Text } from "@medusajs/ui"
import type { ChannelAccount } from "../../lib/channel-types"
import { formatDateTime } from "../../lib/channel-labels"

const TOKEN_NAMES = { refresh: "Refresh token", authorisation: "Quyền truy cập của shop" } as const

/** When the shop's tokens end, with a warning days ahead (a seller must act before the authorisation ends). */
export function TokenExpiry({ account }: { account: ChannelAccount }) {
  if (!account.has_access_token && !account.authorisation_expires_at) {
    return (
      <Text size="xsmall" className="text-ui-fg-subtle">
        Không dùng API (đăng thủ công)
      </Text>
    )
  }
  return (
    <div className="flex flex-col gap-y-1">
      <Text size="xsmall" className="text-ui-fg-subtle">
        Cấp quyền đến {formatDateTime(account.authorisation_expires_at)}
      </Text>
      {account.token_warnings.map((warning) => (
        <Badge key={warning.token} size="2xsmall" color={warning.level === "expired" ? "red" : "orange"}>
          {TOKEN_NAMES[warning.token]}{" "}
          {warning.level === "expired" ? "đã hết hạn" : `hết hạn sau ${Math.max(0, warning.days_left)} ngày`}
        </Badge>
      ))}
    </div>
  )
}
