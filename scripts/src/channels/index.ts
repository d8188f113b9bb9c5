/**
 * The channel package as the backend imports it (`@ocop/scripts/channels`):
 * the platform clients, the mapping and the push engine, with no Medusa
 * dependency. Built into dist/channels.cjs by run/build-channels.ts because
 * the backend compiles to CommonJS with Node16 resolution; the CLI and the
 * tests use these sources directly.
 */
export { systemClock, type Clock } from "./core/clock"
export { ChannelError, type Platform } from "./core/errors"
export type { ChannelLogger } from "./core/redact"
export type { ChannelCertificate, ChannelLabel, ChannelProducer, ChannelProduct, ChannelVariant, CertificateStatus } from "./core/source"
export { memoryTokenStore, type TokenPair, type TokenStore } from "./core/token-store"

export { ShopeeClient } from "./shopee/client"
export { SHOPEE_PRODUCTION_BASE, shopeeTokenKey, type ShopeeConfigInput } from "./shopee/config"
export { LazadaClient } from "./lazada/client"
export { LAZADA_AUTH_BASE, LAZADA_VN_API_BASE, lazadaTokenKey, type LazadaConfigInput } from "./lazada/config"

export { loadCategoryTable, type CategoryTable } from "./mapping/category-table"
export type { PlanEntry, PlanSummary } from "./mapping/plan"

export type { ChannelAdapter, ChannelOrder as PlatformOrder, OrderTimeField } from "./sync/adapter"
export { shopeeAdapter } from "./sync/shopee-adapter"
export { lazadaAdapter } from "./sync/lazada-adapter"
export type { LedgerRow } from "./sync/ledger"
export { ledgerReport, ledgerRowFromRecord, type LedgerReport, type LedgerRowRecord } from "./sync/ledger-wire"
export type { PushResult, PushSummary } from "./sync/push"
export { dryRunCounts, planAccount, pushAccount, pushCounts, type AccountPushReport, type AccountRules, type RunCounts } from "./sync/account-push"
