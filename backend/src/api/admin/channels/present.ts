import { tokenWarnings, type TokenWarning } from "../../../modules/channels/domain/token-expiry"
import type {
  ChannelAccountRecord,
  ChannelListingRecord,
  ChannelOrderRecord,
  ChannelSyncRunRecord,
  ListingCounts,
} from "../../../modules/channels/types"

export type PresentedAccount = {
  id: string
  platform: string
  shop_id: string | null
  name: string
  producer_id: string | null
  /** Tokens never leave the backend: only whether they are set and when they end. */
  has_access_token: boolean
  has_refresh_token: boolean
  access_expires_at: Date | null
  refresh_expires_at: Date | null
  authorisation_expires_at: Date | null
  token_warnings: TokenWarning[]
  stock_reserve: number
  stock_zero_below: number
  stock_percent: number
  price_multiplier: number
  price_offset: number
  on_invalid_certificate: string
  status: string
  listing_counts: { total: number; needs_push: number; errors: number }
  created_at: Date
  updated_at: Date
}

/** An account as the API shows it. Fields are picked one by one so a sealed token can never slip through. */
export function presentAccount(account: ChannelAccountRecord, counts?: ListingCounts): PresentedAccount {
  return {
    id: account.id,
    platform: account.platform,
    shop_id: account.shop_id,
    name: account.name,
    producer_id: account.producer_id,
    has_access_token: !!account.access_token_sealed,
    has_refresh_token: !!account.refresh_token_sealed,
    access_expires_at: account.access_expires_at,
    refresh_expires_at: account.refresh_expires_at,
    authorisation_expires_at: account.authorisation_expires_at,
    token_warnings: tokenWarnings(account),
    stock_reserve: account.stock_reserve,
    stock_zero_below: account.stock_zero_below,
    stock_percent: account.stock_percent,
    price_multiplier: Number(account.price_multiplier),
    price_offset: account.price_offset,
    on_invalid_certificate: account.on_invalid_certificate,
    status: account.status,
    listing_counts: { total: counts?.total ?? 0, needs_push: counts?.needs_push ?? 0, errors: counts?.errors ?? 0 },
    created_at: account.created_at,
    updated_at: account.updated_at,
  }
}

export function presentListing(listing: ChannelListingRecord) {
  return {
    id: listing.id,
    account_id: listing.account_id,
    product_id: listing.product_id,
    variant_id: listing.variant_id,
    sku: listing.sku,
    external_item_id: listing.external_item_id,
    external_model_id: listing.external_model_id,
    content_hash: listing.content_hash,
    price_hash: listing.price_hash,
    last_pushed_price: listing.last_pushed_price,
    last_pushed_stock: listing.last_pushed_stock,
    desired_stock: listing.desired_stock,
    needs_push: listing.needs_push,
    push_reasons: listing.push_reasons,
    claims_ocop: listing.claims_ocop,
    status: listing.status,
    last_error: listing.last_error,
    last_pushed_at: listing.last_pushed_at,
    updated_at: listing.updated_at,
  }
}

export function presentRun(run: ChannelSyncRunRecord) {
  return {
    id: run.id,
    account_id: run.account_id,
    kind: run.kind,
    status: run.status,
    requested_by: run.requested_by,
    started_at: run.started_at,
    finished_at: run.finished_at,
    created_count: run.created_count,
    updated_count: run.updated_count,
    unchanged_count: run.unchanged_count,
    failed_count: run.failed_count,
    summary: run.summary,
    created_at: run.created_at,
  }
}

export function presentChannelOrder(order: ChannelOrderRecord) {
  return {
    id: order.id,
    account_id: order.account_id,
    external_order_id: order.external_order_id,
    order_id: order.order_id,
    status: order.status,
    imported_at: order.imported_at,
    last_error: order.last_error,
    details: order.details,
    created_at: order.created_at,
    updated_at: order.updated_at,
  }
}
