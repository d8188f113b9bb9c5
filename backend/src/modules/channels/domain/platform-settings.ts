/**
 * What the backend needs to call a marketplace itself, besides the shop's
 * tokens (which are sealed on each account): the app's credentials and
 * hosts. Passed as module options from the environment; never shown by the API.
 */
export type ShopeeAppSettings = { partner_id: number; partner_key: string; api_base: string | null }
export type LazadaAppSettings = { app_key: string; app_secret: string; api_base: string | null; auth_base: string | null }

export type ChannelPlatformSettings = {
  shopee: ShopeeAppSettings | null
  lazada: LazadaAppSettings | null
  /** Path of the category table; null: the package's scripts/data/channels/category-map.json. */
  category_map: string | null
  /** Where relative product image URLs are served from. */
  public_url: string
}

export const NO_PLATFORMS: ChannelPlatformSettings = { shopee: null, lazada: null, category_map: null, public_url: "http://localhost:9000" }
