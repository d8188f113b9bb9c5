import { afterEach, describe, expect, it } from "vitest"
import { lazadaFault } from "../../../src/channels/contract/lazada"
import { lazadaAdapter } from "../../../src/channels/sync/lazada-adapter"
import { runPush } from "../../../src/channels/sync/push"
import { startHarness, type Harness } from "../lazada/harness"
import { banhKhao, mienDong } from "../mapping/fixtures"
import { MemoryLedger } from "./memory-ledger"

let harness: Harness | undefined
afterEach(async () => {
  await harness?.close()
  harness = undefined
})

async function push(ledger: MemoryLedger, products = [banhKhao(), mienDong()], policy?: { onInvalidCertificate: "strip-claim" | "unlist" }) {
  if (!harness) throw new Error("no harness")
  const { plan, ledger: current } = ledger.plan("lazada", products, policy)
  return runPush(plan, current, lazadaAdapter(harness.client), { save: (rows) => ledger.save(rows) })
}

describe("push to Lazada (real client, contract server)", () => {
  it("creates each listing once, then a second run makes no write call", async () => {
    harness = await startHarness()
    const ledger = new MemoryLedger()
    const first = await push(ledger)
    expect(first.failed, JSON.stringify(first.results)).toBe(0)
    expect(first.created).toBe(2)
    expect(harness.server.state.products.size).toBe(2)
    expect([...ledger.rows.values()].map((row) => [row.sku, row.status, row.externalItemId !== null]).sort()).toEqual([
      ["PHUCHOA-BK-500G", "active", true],
      ["TVA-MDG-1KG", "active", true],
      ["TVA-MDG-500G", "active", true],
    ])

    harness.server.state.resetCalls()
    const second = await push(ledger)
    expect(second.unchanged).toBe(2)
    expect(second.writes).toBe(0)
    expect(harness.server.state.writeCalls()).toHaveLength(0)
  })

  it("a price change updates only that listing's price", async () => {
    harness = await startHarness()
    const ledger = new MemoryLedger()
    await push(ledger)
    harness.server.state.resetCalls()
    const cheaper = mienDong({ variants: mienDong().variants.map((v) => (v.sku === "TVA-MDG-1KG" ? { ...v, priceVnd: 99_000 } : v)) })
    const run = await push(ledger, [banhKhao(), cheaper])
    expect(run.results.map((r) => [r.sku, r.outcome])).toEqual([
      ["PHUCHOA-BK-500G", "unchanged"],
      ["TVA-MDG", "updated"],
    ])
    const writes = harness.server.state.writeCalls()
    expect(writes.map((call) => call.path)).toEqual(["/product/price_quantity/update"])
    expect(harness.server.state.findSku("TVA-MDG-1KG")?.sku.price).toBe(99_000)
    expect(ledger.rows.get("v_md_1kg")?.lastPushedPrice).toBe(99_000)
  })

  it("a fault mid-run is retried and the run ends without duplicates", async () => {
    harness = await startHarness()
    const ledger = new MemoryLedger()
    harness.server.faults.enqueue("/product/create", lazadaFault.serviceTimeout(), 1)
    harness.server.faults.enqueue("/product/price_quantity/update", lazadaFault.apiCallLimit(), 1)
    const run = await push(ledger)
    expect(run.failed, JSON.stringify(run.results)).toBe(0)
    expect(run.created).toBe(2)
    expect(harness.server.state.callsTo("/product/create").length).toBeGreaterThan(2)
    expect(harness.server.state.products.size).toBe(2)
  })

  it("an expired certificate removes the OCOP claim; with the unlist policy the listing is offered 0", async () => {
    harness = await startHarness()
    const ledger = new MemoryLedger()
    await push(ledger)
    const certificate = banhKhao().certificate
    if (!certificate) throw new Error("fixture has a certificate")
    const expired = banhKhao({ certificate: { ...certificate, status: "expired" } })

    const stripped = await push(ledger, [expired, mienDong()])
    expect(stripped.updated).toBe(1)
    const name = String(harness.server.state.findSku("PHUCHOA-BK-500G")?.product.attributes.name ?? "")
    expect(name).toContain("Bánh khảo")
    expect(name).not.toMatch(/OCOP|sao/i)
    expect(ledger.rows.get("variant_bkph_500")?.claimsOcop).toBe(false)

    const unlisted = await push(ledger, [expired, mienDong()], { onInvalidCertificate: "unlist" })
    expect(unlisted.unlisted).toBe(1)
    expect(harness.server.state.findSku("PHUCHOA-BK-500G")?.sku.quantity).toBe(0)
    expect(ledger.rows.get("variant_bkph_500")?.status).toBe("unlisted")
  })
})
