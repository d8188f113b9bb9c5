import type { ChannelPlatformSettings } from "../modules/channels/domain/platform-settings"
import type { BackendEnv } from "./env"

/**
 * The marketplace apps the backend pushes with, from the same variables as
 * the channel CLI. A platform without its app credentials is left to the CLI.
 */
export function channelPlatformSettings(env: BackendEnv): ChannelPlatformSettings {
  return {
    shopee:
      env.SHOPEE_PARTNER_ID && env.SHOPEE_PARTNER_KEY
        ? { partner_id: Number(env.SHOPEE_PARTNER_ID), partner_key: env.SHOPEE_PARTNER_KEY, api_base: env.SHOPEE_API_BASE ?? null }
        : null,
    lazada:
      env.LAZADA_APP_KEY && env.LAZADA_APP_SECRET
        ? {
            app_key: env.LAZADA_APP_KEY,
            app_secret: env.LAZADA_APP_SECRET,
            api_base: env.LAZADA_API_BASE ?? null,
            auth_base: env.LAZADA_AUTH_BASE ?? null,
          }
        : null,
    category_map: env.CHANNEL_CATEGORY_MAP ?? null,
    public_url: env.MEDUSA_BACKEND_URL,
  }
}
