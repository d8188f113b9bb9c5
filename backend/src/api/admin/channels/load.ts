import type { MedusaRequest } from "@medusajs/framework/http"
import type { ChannelAccountRecord } from "../../../modules/channels/types"
import { channelsService, retrieveChannelAccount } from "../../../workflows/steps/resolve-channels"
import { presentAccount, type PresentedAccount } from "./present"

/** The account of the route's :id, or 404. */
export function loadAccount(req: MedusaRequest): Promise<ChannelAccountRecord> {
  return retrieveChannelAccount(req.scope, req.params.id)
}

/** Accounts with their listing counts, as the API shows them. */
export async function presentAccounts(req: MedusaRequest, accounts: ChannelAccountRecord[]): Promise<PresentedAccount[]> {
  const counts = await channelsService(req.scope).countListingsByAccount(accounts.map((account) => account.id))
  const byAccount = new Map(counts.map((row) => [row.account_id, row]))
  return accounts.map((account) => presentAccount(account, byAccount.get(account.id)))
}
