import {
  LAZADA_AUTH_BASE,
  LAZADA_VN_API_BASE,
  LazadaClient,
  lazadaAdapter,
  lazadaTokenKey,
  SHOPEE_PRODUCTION_BASE,
  ShopeeClient,
  shopeeAdapter,
  shopeeTokenKey,
  type ChannelAdapter,
  type ChannelLogger,
  type TokenPair,
  type TokenStore,
} from "@ocop/scripts/channels"
import type { ChannelPlatformSettings } from "../../modules/channels/domain/platform-settings"

export type PlatformAccount = { platform: "shopee" | "lazada"; shop_id: string }

/** The key the platform client stores this shop's pair under (same as the CLI's token file). */
export function tokenKeyOf(account: PlatformAccount): string {
  return account.platform === "shopee" ? shopeeTokenKey(Number(account.shop_id)) : lazadaTokenKey(account.shop_id)
}

/**
 * The real client for an account, wrapped in the sync engine's adapter: the
 * app's credentials and hosts from the backend's settings, the shop from the
 * account, its tokens from `tokenStore`.
 */
export function platformAdapter(
  account: PlatformAccount,
  settings: ChannelPlatformSettings,
  tokenStore: TokenStore,
  logger: ChannelLogger
): ChannelAdapter {
  if (account.platform === "shopee") {
    const app = settings.shopee
    if (!app) throw new Error("Shopee app is not configured (SHOPEE_PARTNER_ID, SHOPEE_PARTNER_KEY)")
    const client = new ShopeeClient({
      baseUrl: app.api_base ?? SHOPEE_PRODUCTION_BASE,
      partnerId: app.partner_id,
      partnerKey: app.partner_key,
      shopId: Number(account.shop_id),
      tokenStore,
      logger,
    })
    return shopeeAdapter(client)
  }
  const app = settings.lazada
  if (!app) throw new Error("Lazada app is not configured (LAZADA_APP_KEY, LAZADA_APP_SECRET)")
  const client = new LazadaClient({
    baseUrl: app.api_base ?? LAZADA_VN_API_BASE,
    authBaseUrl: app.auth_base ?? LAZADA_AUTH_BASE,
    appKey: app.app_key,
    appSecret: app.app_secret,
    sellerKey: account.shop_id,
    tokenStore,
    logger,
  })
  return lazadaAdapter(client)
}

export type { TokenPair }
