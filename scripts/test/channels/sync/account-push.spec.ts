import fs from "node:fs"
import { describe, expect, it } from "vitest"
import { CHANNEL_DATA_DIR } from "../../../src/channels/mapping/data-files"
import type { ChannelAdapter } from "../../../src/channels/sync/adapter"
import { dryRunCounts, pushAccount, pushCounts } from "../../../src/channels/sync/account-push"
import type { LedgerRow } from "../../../src/channels/sync/ledger"
import { ledgerReport, ledgerRowFromRecord } from "../../../src/channels/sync/ledger-wire"
import { banhKhao, mienDong } from "../mapping/fixtures"
import { CONTRACT_CATEGORIES } from "./memory-ledger"

/** An adapter that fails the test on any call: a dry run must not reach the platform. */
const noCalls = new Proxy({ platform: "shopee" } as ChannelAdapter, {
  get: (target, name) => (name === "platform" ? target.platform : () => Promise.reject(new Error(`unexpected platform call ${String(name)}`))),
})

const rules = { priceMultiplier: 1, priceOffset: 0, onInvalidCertificate: "strip-claim" as const }

const row = (overrides: Partial<LedgerRow> = {}): LedgerRow => ({
  productId: "prod_bkph",
  variantId: "variant_bkph_500",
  sku: "PHUCHOA-BK-500G",
  externalItemId: "800001",
  externalModelId: null,
  contentHash: "c",
  priceHash: "p",
  lastPushedPrice: 45_000,
  lastPushedStock: 12,
  claimsOcop: true,
  status: "active",
  lastError: null,
  ...overrides,
})

describe("pushAccount (the engine the CLI and the backend share)", () => {
  it("a dry run plans every listing and makes no platform call and no ledger write", async () => {
    const saved: LedgerRow[][] = []
    const report = await pushAccount({
      platform: "shopee",
      products: [banhKhao(), mienDong()],
      rows: [],
      rules,
      categoryTable: CONTRACT_CATEGORIES,
      adapter: noCalls,
      dryRun: true,
      save: async (rows) => {
        saved.push(rows)
      },
    })
    expect(report.dryRun).toBe(true)
    expect(report.counts).toEqual({ created: 2, updated: 0, unchanged: 0, failed: 0 })
    expect(saved).toEqual([])
  })

  it("counts a run the same way for the CLI and the backend", () => {
    expect(dryRunCounts({ create: 1, update: 2, skip: 5, unlist: 1, refused: 2 })).toEqual({ created: 1, updated: 2, unchanged: 3, failed: 2 })
    expect(pushCounts({ created: 1, updated: 2, unlisted: 1, unchanged: 4, refused: 1, failed: 2, writes: 6, results: [] })).toEqual({
      created: 1,
      updated: 3,
      unchanged: 4,
      failed: 3,
    })
  })
})

describe("ledger rows on the wire", () => {
  it("a pushed row is reported done and stamped; a failed one keeps its reasons", () => {
    const now = new Date("2026-12-01T03:00:00Z")
    expect(ledgerReport(row(), now)).toMatchObject({ variant_id: "variant_bkph_500", status: "active", needs_push: false, last_pushed_at: now.toISOString() })
    const failed = ledgerReport(row({ status: "error", lastError: { retryable: true, field: null, message: "x".repeat(3000), requestId: "r-1" } }), now)
    expect(failed).not.toHaveProperty("needs_push")
    expect(failed).not.toHaveProperty("last_pushed_at")
    expect(failed.last_error).toEqual({ retryable: true, field: null, message: "x".repeat(2000), request_id: "r-1" })
  })

  it("reads back what the backend stores", () => {
    const stored = { ...ledgerReport(row(), new Date()), product_id: "prod_bkph", last_error: { retryable: false, field: "item_name", message: "too long", request_id: null } }
    expect(ledgerRowFromRecord(stored)).toEqual(row({ lastError: { retryable: false, field: "item_name", message: "too long", requestId: null } }))
    expect(ledgerRowFromRecord({ ...stored, sku: null }).sku).toBe("")
  })
})

describe("channel data files", () => {
  it("are found from the sources (the bundle looks one folder up from dist/)", () => {
    expect(fs.existsSync(`${CHANNEL_DATA_DIR}category-map.json`)).toBe(true)
  })
})
