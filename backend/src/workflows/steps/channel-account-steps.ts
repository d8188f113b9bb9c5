import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type {
  AccountStatus,
  InvalidCertificateAction,
  Platform,
} from "../../modules/channels/domain/vocabulary"
import type { ChannelAccountRecord } from "../../modules/channels/types"
import { channelsService, retrieveChannelAccount } from "./resolve-channels"

/** What a caller gives for an account; tokens in plain text, dates ISO. */
export type ChannelAccountInput = {
  platform: Platform
  shop_id?: string | null
  name: string
  producer_id?: string | null
  access_token?: string | null
  refresh_token?: string | null
  access_expires_at?: string | null
  refresh_expires_at?: string | null
  authorisation_expires_at?: string | null
  stock_reserve?: number
  stock_zero_below?: number
  stock_percent?: number
  price_multiplier?: number
  price_offset?: number
  on_invalid_certificate?: InvalidCertificateAction
  status?: AccountStatus
}

export type ChannelAccountUpdate = Partial<Omit<ChannelAccountInput, "platform">> & { id: string }

/** The columns as stored: tokens sealed, dates as Date. */
export type ChannelAccountData = {
  platform?: Platform
  shop_id?: string | null
  name?: string
  producer_id?: string | null
  access_token_sealed?: string | null
  refresh_token_sealed?: string | null
  access_expires_at?: Date | null
  refresh_expires_at?: Date | null
  authorisation_expires_at?: Date | null
  stock_reserve?: number
  stock_zero_below?: number
  stock_percent?: number
  price_multiplier?: number
  price_offset?: number
  on_invalid_certificate?: InvalidCertificateAction
  status?: AccountStatus
}

const toDate = (value: string | null | undefined): Date | null | undefined =>
  value === undefined ? undefined : value === null ? null : new Date(value)

/** Loads an account or answers 404. Reads only. */
export const loadChannelAccountStep = createStep("load-channel-account", async (id: string, { container }) => {
  return new StepResponse(await retrieveChannelAccount(container, id))
})

/**
 * Checks what the database cannot say clearly: the producer exists, and no
 * other account has this platform shop (422, as Medusa answers duplicates).
 * Nothing is written.
 */
export const validateChannelAccountStep = createStep(
  "validate-channel-account",
  async (input: { platform?: Platform; shop_id?: string | null; producer_id?: string | null; except_id?: string }, { container }) => {
    if (input.producer_id) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "ocop_producer", fields: ["id"], filters: { id: input.producer_id } })
      if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${input.producer_id} was not found`)
    }
    if (input.platform && input.shop_id) {
      const [other] = await channelsService(container).listChannelAccounts(
        { platform: input.platform, shop_id: input.shop_id },
        { take: 1 }
      )
      if (other && other.id !== input.except_id) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `${input.platform} shop ${input.shop_id} is already connected as "${other.name}"`
        )
      }
    }
    return new StepResponse(undefined)
  }
)

/**
 * Turns API input into stored columns: tokens sealed with AES-256-GCM, ISO
 * dates parsed. Plain tokens go no further than this step. Writes nothing.
 */
export const sealChannelAccountStep = createStep(
  "seal-channel-account",
  async (input: Partial<ChannelAccountInput>, { container }) => {
    const service = channelsService(container)
    const { access_token, refresh_token, access_expires_at, refresh_expires_at, authorisation_expires_at, ...rest } = input
    const data: ChannelAccountData = {
      ...rest,
      access_expires_at: toDate(access_expires_at),
      refresh_expires_at: toDate(refresh_expires_at),
      authorisation_expires_at: toDate(authorisation_expires_at),
    }
    if (access_token !== undefined) data.access_token_sealed = access_token === null ? null : service.sealToken(access_token)
    if (refresh_token !== undefined) data.refresh_token_sealed = refresh_token === null ? null : service.sealToken(refresh_token)
    for (const key of Object.keys(data) as (keyof ChannelAccountData)[]) {
      if (data[key] === undefined) delete data[key]
    }
    return new StepResponse(data)
  }
)

export const createChannelAccountStep = createStep(
  "create-channel-account",
  async (data: ChannelAccountData & Pick<ChannelAccountInput, "platform" | "name">, { container }) => {
    const account = await channelsService(container).createChannelAccounts(data)
    return new StepResponse(account, account.id)
  },
  async (id, { container }) => {
    if (id) await channelsService(container).deleteChannelAccounts(id)
  }
)

type AccountRestore = { id: string } & Partial<Record<keyof ChannelAccountData, unknown>>

/** Updates an account and keeps the previous values of what it changes, to restore them on failure. */
export const updateChannelAccountStep = createStep(
  "update-channel-account",
  async (input: { id: string; data: ChannelAccountData }, { container }) => {
    const service = channelsService(container)
    const previous = await retrieveChannelAccount(container, input.id)
    const restore: AccountRestore = { id: input.id }
    for (const key of Object.keys(input.data) as (keyof ChannelAccountData)[]) {
      restore[key] = previous[key as keyof ChannelAccountRecord]
    }
    const account = await service.updateChannelAccounts({ id: input.id, ...input.data })
    return new StepResponse(account, restore)
  },
  async (restore, { container }) => {
    if (restore) await channelsService(container).updateChannelAccounts(restore as { id: string } & ChannelAccountData)
  }
)

/** Soft-deletes an account with its listings (runs and imported orders stay as history). */
export const softDeleteChannelAccountStep = createStep(
  "soft-delete-channel-account",
  async (id: string, { container }) => {
    const service = channelsService(container)
    const listings = await service.listChannelListings({ account_id: id }, { select: ["id"], take: null })
    const listingIds = listings.map((listing) => listing.id)
    if (listingIds.length) await service.softDeleteChannelListings(listingIds)
    await service.softDeleteChannelAccounts(id)
    return new StepResponse({ id, listings: listingIds.length }, { id, listingIds })
  },
  async (deleted, { container }) => {
    if (!deleted) return
    const service = channelsService(container)
    await service.restoreChannelAccounts(deleted.id)
    if (deleted.listingIds.length) await service.restoreChannelListings(deleted.listingIds)
  }
)
