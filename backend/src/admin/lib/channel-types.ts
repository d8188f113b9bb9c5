/** What the /admin/channels/* routes answer, as the screens use it. */
import type { TokenWarning } from "../../modules/channels/domain/token-expiry"
import type { ListingStatus, RunKind } from "../../modules/channels/domain/vocabulary"

export type ChannelAccount = {
  id: string
  platform: string
  shop_id: string | null
  name: string
  producer_id: string | null
  has_access_token: boolean
  has_refresh_token: boolean
  access_expires_at: string | null
  refresh_expires_at: string | null
  authorisation_expires_at: string | null
  token_warnings: TokenWarning[]
  stock_reserve: number
  stock_zero_below: number
  stock_percent: number
  price_multiplier: number
  price_offset: number
  on_invalid_certificate: string
  status: string
  listing_counts: { total: number; needs_push: number; errors: number }
}

export type ChannelListing = {
  id: string
  sku: string | null
  variant_id: string
  external_item_id: string | null
  last_pushed_price: number | null
  last_pushed_stock: number | null
  desired_stock: number | null
  needs_push: boolean
  push_reasons: string[]
  claims_ocop: boolean
  status: string
  last_error: { retryable: boolean; field: string | null; message: string; request_id: string | null } | null
  last_pushed_at: string | null
}

export type ChannelRun = {
  id: string
  kind: string
  status: string
  started_at: string | null
  finished_at: string | null
  created_count: number
  updated_count: number
  unchanged_count: number
  failed_count: number
  summary: Record<string, unknown> | null
  created_at: string
}

export type ListingsQuery = { status?: ListingStatus[]; needs_push?: boolean; offset: number; limit: number }

export type RequestRunKind = Extract<RunKind, "dry-run" | "push">
