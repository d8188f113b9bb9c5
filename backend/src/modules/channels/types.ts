import type { InferTypeOf } from "@medusajs/framework/types"
import type { ChannelAccount } from "./models/channel-account"
import type { ChannelListing } from "./models/channel-listing"
import type { ChannelOrder } from "./models/channel-order"
import type { ChannelSyncRun } from "./models/channel-sync-run"

export type ChannelAccountRecord = InferTypeOf<typeof ChannelAccount>
export type ChannelListingRecord = InferTypeOf<typeof ChannelListing>
export type ChannelSyncRunRecord = InferTypeOf<typeof ChannelSyncRun>
export type ChannelOrderRecord = InferTypeOf<typeof ChannelOrder>

/** A platform's error as the CLI records it on a listing. */
export type ListingError = { retryable: boolean; field: string | null; message: string; request_id: string | null }

/** Listing totals of an account for the admin: all, waiting for a push, failed. */
export type ListingCounts = { account_id: string; total: number; needs_push: number; errors: number }
