import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { CHANNELS_MODULE } from "../../modules/channels"
import type ChannelsModuleService from "../../modules/channels/service"
import type { ChannelAccountRecord } from "../../modules/channels/types"

export function channelsService(container: MedusaContainer): ChannelsModuleService {
  return container.resolve<ChannelsModuleService>(CHANNELS_MODULE)
}

/** The account, or a 404 naming it. */
export async function retrieveChannelAccount(container: MedusaContainer, id: string): Promise<ChannelAccountRecord> {
  const [account] = await channelsService(container).listChannelAccounts({ id }, { take: 1 })
  if (!account) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Channel account ${id} was not found`)
  return account
}
