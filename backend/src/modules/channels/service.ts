import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { NO_PLATFORMS, type ChannelPlatformSettings } from "./domain/platform-settings"
import { createTokenCipher, type TokenCipher } from "./domain/token-cipher"
import { ChannelAccount } from "./models/channel-account"
import { ChannelListing } from "./models/channel-listing"
import { ChannelOrder } from "./models/channel-order"
import { ChannelSyncRun } from "./models/channel-sync-run"
import type { ListingCounts } from "./types"

export type ChannelsModuleOptions = {
  /** 32-byte AES key, base64. Null when none is configured (production without CHANNEL_TOKEN_KEY). */
  token_key?: string | null
  /** Marketplace app credentials for pushing from the backend (absent: the CLI pushes). */
  platforms?: ChannelPlatformSettings
}

class ChannelsModuleService extends MedusaService({
  ChannelAccount,
  ChannelListing,
  ChannelSyncRun,
  ChannelOrder,
}) {
  private readonly cipher: TokenCipher | null
  private readonly platforms: ChannelPlatformSettings

  constructor(container: Record<string, unknown>, options: ChannelsModuleOptions = {}) {
    super(container, options)
    this.cipher = options.token_key ? createTokenCipher(Buffer.from(options.token_key, "base64")) : null
    this.platforms = options.platforms ?? NO_PLATFORMS
  }

  /** The marketplace apps configured for pushing from the backend (server-side use only). */
  platformSettings(): ChannelPlatformSettings {
    return this.platforms
  }

  /** Whether tokens can be opened at all (a key is configured). */
  canOpenTokens(): boolean {
    return this.cipher !== null
  }

  /** Seals a marketplace token for storage; refuses clearly when no key is configured. */
  sealToken(plaintext: string): string {
    return this.requireCipher().seal(plaintext)
  }

  /** Opens a sealed token (server-side use only: the admin API never returns tokens). */
  openToken(sealed: string): string {
    return this.requireCipher().open(sealed)
  }

  /** Listing totals per account (all, needing a push, failed) in one grouped query. */
  @InjectManager()
  async countListingsByAccount(
    accountIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ListingCounts[]> {
    if (!accountIds.length) return []
    const manager = sharedContext.manager
    if (!manager) throw new Error("channels module: no database manager in context")
    const rows: { account_id: string; total: string; needs_push: string; errors: string }[] = await manager
      .getKnex()("channel_listing")
      .select("account_id")
      .count({ total: "*" })
      .select(manager.getKnex().raw("count(*) filter (where needs_push) as needs_push"))
      .select(manager.getKnex().raw("count(*) filter (where status = 'error') as errors"))
      .whereIn("account_id", accountIds)
      .whereNull("deleted_at")
      .groupBy("account_id")
    return rows.map((row) => ({
      account_id: row.account_id,
      total: Number(row.total),
      needs_push: Number(row.needs_push),
      errors: Number(row.errors),
    }))
  }

  private requireCipher(): TokenCipher {
    if (!this.cipher) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "CHANNEL_TOKEN_KEY is not set: marketplace tokens cannot be stored. Set it to 32 random bytes (64 hex digits or base64)."
      )
    }
    return this.cipher
  }
}

export default ChannelsModuleService
