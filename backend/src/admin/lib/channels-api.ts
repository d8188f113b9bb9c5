import { request } from "./api"
import type { ChannelAccount, ChannelListing, ChannelRun, ListingsQuery, RequestRunKind } from "./channel-types"
import type { Page } from "./types"

const enc = encodeURIComponent

/** Query keys under "channels", so one invalidation refreshes the page. */
export const channelKeys = {
  all: ["channels"] as const,
  accounts: () => ["channels", "accounts"] as const,
  listings: (accountId: string, query: ListingsQuery) => ["channels", "listings", accountId, query] as const,
  runs: (accountId: string) => ["channels", "runs", accountId] as const,
}

export const channelsApi = {
  listAccounts: () => request<{ accounts: ChannelAccount[] } & Page>("GET", "/admin/channels/accounts", { query: { limit: 200 } }),
  listListings: (accountId: string, query: ListingsQuery) =>
    request<{ listings: ChannelListing[] } & Page>("GET", `/admin/channels/accounts/${enc(accountId)}/listings`, {
      query: { ...query, needs_push: query.needs_push === undefined ? undefined : String(query.needs_push) },
    }),
  listRuns: (accountId: string) =>
    request<{ runs: ChannelRun[] } & Page>("GET", `/admin/channels/accounts/${enc(accountId)}/runs`, { query: { limit: 10 } }),
  /** The backend pushes the account now (or only plans it) with its sealed tokens; answers with the recorded run. */
  push: (accountId: string, dryRun: boolean) =>
    request<{ run: ChannelRun }>("POST", `/admin/channels/accounts/${enc(accountId)}/push`, { body: { dry_run: dryRun } }),
  pullOrders: (accountId: string) =>
    request<{ run: ChannelRun | null }>("POST", `/admin/channels/accounts/${enc(accountId)}/pull-orders`, { body: {} }),
  /** Records a request for the channel CLI (scripts/), for accounts whose tokens the backend does not hold. */
  requestRun: (accountId: string, kind: RequestRunKind) =>
    request<{ run: ChannelRun }>("POST", `/admin/channels/accounts/${enc(accountId)}/runs`, {
      body: { kind, status: "requested" },
    }),
}
