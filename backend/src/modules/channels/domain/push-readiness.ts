import type { ChannelPlatformSettings } from "./platform-settings"

type AccountFacts = {
  platform: string
  shop_id: string | null
  status: string
  access_token_sealed: string | null
  refresh_token_sealed: string | null
}

export type PushReadiness = { ready: true; platform: "shopee" | "lazada" } | { ready: false; reason: string }

/**
 * Whether the backend can push this account itself: a platform with a seller
 * API whose app is configured, an active account with a shop id and sealed
 * tokens, and a key to open them. Otherwise the reason, Vietnamese first
 * (the admin shows it); such accounts are left to the channel CLI.
 */
export function pushReadiness(account: AccountFacts, settings: ChannelPlatformSettings, canOpenTokens: boolean): PushReadiness {
  if (account.platform !== "shopee" && account.platform !== "lazada") {
    return { ready: false, reason: `${account.platform} không có API người bán: dùng tệp xuất / no seller API, use the export files` }
  }
  if (!settings[account.platform]) {
    const variables = account.platform === "shopee" ? "SHOPEE_PARTNER_ID, SHOPEE_PARTNER_KEY" : "LAZADA_APP_KEY, LAZADA_APP_SECRET"
    return { ready: false, reason: `Máy chủ chưa cấu hình ứng dụng ${account.platform} (${variables}): dùng CLI kênh bán / app not configured on the backend, use the channel CLI` }
  }
  if (account.status !== "active") return { ready: false, reason: `Gian hàng đang ở trạng thái ${account.status} / account is ${account.status}` }
  if (!account.shop_id) return { ready: false, reason: "Gian hàng chưa có shop id / account has no shop id" }
  if (!account.access_token_sealed || !account.refresh_token_sealed) {
    return { ready: false, reason: "Gian hàng chưa có access token và refresh token / account has no token pair" }
  }
  if (!canOpenTokens) return { ready: false, reason: "CHANNEL_TOKEN_KEY chưa được đặt / CHANNEL_TOKEN_KEY is not set" }
  return { ready: true, platform: account.platform }
}
