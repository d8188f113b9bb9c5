import { afterEach, describe, expect, it } from "vitest"
import { TINY_PNG } from "../../../src/channels/contract/shopee"
import { shopeeAdapter } from "../../../src/channels/sync/shopee-adapter"
import { runPush } from "../../../src/channels/sync/push"
import { startHarness, type Harness } from "../shopee/harness"
import { banhKhao, mienDong } from "../mapping/fixtures"
import { MemoryLedger } from "./memory-ledger"

let harness: Harness | undefined
afterEach(async () => {
  await harness?.close()
  harness = undefined
})

const images = { fetchImage: async () => ({ bytes: TINY_PNG, contentType: "image/png" }) }

async function push(ledger: MemoryLedger, products = [banhKhao(), mienDong()], policy?: { onInvalidCertificate: "strip-claim" | "unlist" }) {
  if (!harness) throw new Error("no harness")
  const { plan, ledger: current } = ledger.plan("shopee", products, policy)
  return runPush(plan, current, shopeeAdapter(harness.client, { ...images, clock: harness.clock }), { save: (rows) => ledger.save(rows) })
}

const writes = () => harness?.server.state.writeCalls().map((call) => call.path) ?? []

describe("push to Shopee (real client, contract server)", () => {
  it("creates each listing once (a product with two packs gets two models), then a second run makes no write call", async () => {
    harness = await startHarness()
    const ledger = new MemoryLedger()
    const first = await push(ledger)
    expect(first.failed, JSON.stringify(first.results)).toBe(0)
    expect(first.created).toBe(2)
    expect(harness.server.state.items.size).toBe(2)
    const rows = [...ledger.rows.values()]
    expect(rows.map((row) => [row.sku, row.status]).sort()).toEqual([
      ["PHUCHOA-BK-500G", "active"],
      ["TVA-MDG-1KG", "active"],
      ["TVA-MDG-500G", "active"],
    ])
    // The two packs of one product are models of one item.
    const packs = rows.filter((row) => row.productId === "prod_mdtva")
    expect(new Set(packs.map((row) => row.externalItemId)).size).toBe(1)
    expect(packs.every((row) => row.externalModelId !== null)).toBe(true)

    harness.server.state.resetCalls()
    const second = await push(ledger)
    expect(second.unchanged).toBe(2)
    expect(writes()).toEqual([])
  })

  it("a stock change on one pack sends one update_stock for that item only", async () => {
    harness = await startHarness()
    const ledger = new MemoryLedger()
    await push(ledger)
    harness.server.state.resetCalls()
    const sold = mienDong({ variants: mienDong().variants.map((v) => (v.sku === "TVA-MDG-500G" ? { ...v, stock: 170 } : v)) })
    const run = await push(ledger, [banhKhao(), sold])
    expect(run.results.map((r) => [r.sku, r.outcome])).toEqual([
      ["PHUCHOA-BK-500G", "unchanged"],
      ["TVA-MDG", "updated"],
    ])
    expect(writes()).toEqual(["/api/v2/product/update_stock"])
    expect(ledger.rows.get("v_md_500")?.lastPushedStock).toBe(170)
  })

  it("a busy platform mid-run is retried and nothing is listed twice", async () => {
    harness = await startHarness()
    const ledger = new MemoryLedger()
    harness.server.faults.push("/api/v2/product/add_item", { kind: "error", error: "error_system_busy", message: "System busy" })
    harness.server.faults.push("/api/v2/product/init_tier_variation", { kind: "http", status: 429 })
    const run = await push(ledger)
    expect(run.failed, JSON.stringify(run.results)).toBe(0)
    // Each fault cost one extra call, and still one item per product.
    expect(harness.server.state.callsTo("/api/v2/product/add_item")).toHaveLength(3)
    expect(harness.server.state.callsTo("/api/v2/product/init_tier_variation")).toHaveLength(2)
    expect(harness.server.state.items.size).toBe(2)
  })

  it("an expired certificate strips the claim; with the unlist policy the item is unlisted", async () => {
    harness = await startHarness()
    const ledger = new MemoryLedger()
    await push(ledger)
    const certificate = banhKhao().certificate
    if (!certificate) throw new Error("fixture has a certificate")
    const expired = banhKhao({ certificate: { ...certificate, status: "expired" } })
    const itemId = Number(ledger.rows.get("variant_bkph_500")?.externalItemId)

    const stripped = await push(ledger, [expired, mienDong()])
    expect(stripped.updated).toBe(1)
    const item = harness.server.state.items.get(itemId)
    expect(item?.item_name).toContain("Bánh khảo")
    expect(`${item?.item_name} ${item?.description}`).not.toMatch(/OCOP|\d sao/)

    const unlisted = await push(ledger, [expired, mienDong()], { onInvalidCertificate: "unlist" })
    expect(unlisted.unlisted).toBe(1)
    expect(harness.server.state.items.get(itemId)?.item_status).toBe("UNLIST")
  })
})
