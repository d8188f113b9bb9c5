import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { accountTokenStore, refreshedTokensOf, tokenPairOf } from "../../lib/channels/account-token-store"
import { platformAdapter, tokenKeyOf } from "../../lib/channels/platform-adapter"
import { serverChannelLogger } from "../../lib/channels/server-channel-logger"
import { pushReadiness } from "../../modules/channels/domain/push-readiness"
import { updateChannelAccountWorkflow } from "../update-channel-account"
import { channelsService, retrieveChannelAccount } from "./resolve-channels"

/**
 * What a push or a pull of one account needs from the backend: the account,
 * refused unless the backend can reach it (sealed tokens, app configured);
 * its tokens opened into a store that seals a refreshed pair on the account
 * before the client uses it; and the platform client, made on demand so a
 * bad configuration is reported by the caller's run like any platform error.
 */
export async function openChannelAccount(container: MedusaContainer, accountId: string) {
  const service = channelsService(container)
  const account = await retrieveChannelAccount(container, accountId)
  const settings = service.platformSettings()
  const readiness = pushReadiness(account, settings, service.canOpenTokens())
  if (!readiness.ready) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, readiness.reason)
  const platformAccount = { platform: readiness.platform, shop_id: account.shop_id ?? "" }
  const pair = tokenPairOf(
    {
      access_token: service.openToken(account.access_token_sealed ?? ""),
      refresh_token: service.openToken(account.refresh_token_sealed ?? ""),
      access_expires_at: account.access_expires_at,
      refresh_expires_at: account.refresh_expires_at,
      authorisation_expires_at: account.authorisation_expires_at,
    },
    readiness.platform
  )
  const tokenStore = accountTokenStore(tokenKeyOf(platformAccount), pair, async (next) => {
    await updateChannelAccountWorkflow(container).run({ input: { id: account.id, ...refreshedTokensOf(next) } })
  })
  return {
    service,
    account,
    settings,
    platform: readiness.platform,
    tokenStore,
    adapter: () => platformAdapter(platformAccount, settings, tokenStore, serverChannelLogger(container)),
  }
}
