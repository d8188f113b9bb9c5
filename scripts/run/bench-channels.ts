/**
 * `pnpm bench:channels` — the channel sync at catalogue scale, against the
 * local Lazada contract server (real client, real HTTP, in-memory ledger so
 * no backend is needed). On BENCH_LISTINGS generated OCOP listings (default
 * 10,000) it prints:
 *   - dry-run diff time (plan: mapping, validation, hashes for every listing);
 *   - first-push throughput in listings/s under the client's default rate
 *     limiter (2 calls in flight, 50 ms apart per shop) on a sample
 *     (BENCH_PUSH_SAMPLE, default 300), then the rest pushed without a limiter
 *     to build the ledger;
 *   - the unchanged re-run over every listing: time and write calls;
 *   - export of every SKU to a Shopee mass-upload XLSX and to the plain
 *     XLSX + CSV.
 * It prints figures; it asserts nothing.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { systemClock } from "../src/channels/core/clock"
import { RateLimiter } from "../src/channels/core/rate-limiter"
import type { ChannelProduct } from "../src/channels/core/source"
import { memoryTokenStore } from "../src/channels/core/token-store"
import { startLazadaContractServer } from "../src/channels/contract/lazada"
import { exportPlainListing, exportShopeeMassUpload } from "../src/channels/export"
import { LazadaClient, lazadaTokenKey } from "../src/channels/lazada"
import { buildPlan, loadPlatformLimits, parseCategoryTable, type PlanEntry } from "../src/channels/mapping"
import { lazadaAdapter } from "../src/channels/sync/lazada-adapter"
import { Ledger, type LedgerRow } from "../src/channels/sync/ledger"
import { runPush } from "../src/channels/sync/push"

const LISTINGS = Number(process.env.BENCH_LISTINGS ?? 10_000)
const SAMPLE = Number(process.env.BENCH_PUSH_SAMPLE ?? 300)

const KINDS = [
  { name: "Bánh khảo", set: "che_bien_tu_gao_ngu_coc", code: "BKH", packs: [["Hộp 300 g", 48_000, 380], ["Hộp 500 g", 85_000, 600]] },
  { name: "Miến dong", set: "che_bien_tu_rau_cu_qua_hat", code: "MDG", packs: [["Gói 500 g", 55_000, 540], ["Túi 1 kg", 105_000, 1060]] },
  { name: "Khẩu sli", set: "che_bien_tu_gao_ngu_coc", code: "KSL", packs: [["Gói 250 g", 40_000, 300]] },
  { name: "Hạt dẻ", set: "che_bien_tu_rau_cu_qua_hat", code: "HDE", packs: [["Túi 500 g", 120_000, 560], ["Túi 1 kg", 230_000, 1080]] },
] as const
const PLACES = ["Trùng Khánh", "Nguyên Bình", "Hòa An", "Hà Quảng", "Bảo Lạc", "Quảng Hòa", "Thạch An", "Hạ Lang", "Bảo Lâm", "Phục Hòa"]

/** Listings shaped like the catalogue's: one or two packs, a valid certificate, JPEG pictures. */
function generate(count: number): ChannelProduct[] {
  return Array.from({ length: count }, (_, index) => {
    const kind = KINDS[index % KINDS.length]
    const place = PLACES[Math.floor(index / KINDS.length) % PLACES.length]
    const id = String(index).padStart(5, "0")
    const title = `${kind.name} ${place} ${id}`
    return {
      productId: `prod_${id}`,
      handle: `${kind.code.toLowerCase()}-${id}`,
      title,
      description: `${title} làm theo cách truyền thống của người Tày ở ${place}, tỉnh Cao Bằng. Không dùng chất bảo quản.`,
      images: [`https://cdn.ocop.test/${id}/1.jpg`, `https://cdn.ocop.test/${id}/2.jpg`],
      categoryKey: kind.set,
      certificate: {
        number: `OCOP-CB-${id}`,
        decision: "Quyết định số 1520/QĐ-UBND ngày 15/12/2023",
        issuer: "UBND tỉnh Cao Bằng",
        issuedOn: "2025-06-01",
        expiresOn: "2028-06-01",
        status: "valid",
        stars: index % 10 === 0 ? 4 : 3,
        productGroup: "Thực phẩm",
      },
      producer: { name: `HTX ${kind.name} ${place}`, type: "HTX", commune: `xã ${place}`, district: place, phone: null },
      label: { netQuantity: kind.packs[0][0], ingredients: "Nguyên liệu địa phương", shelfLife: "12 tháng", storage: "Nơi khô ráo", origin: `${place}, Cao Bằng` },
      isSample: false,
      variants: kind.packs.map(([pack, price, grams], packIndex) => ({
        variantId: `var_${id}_${packIndex}`,
        sku: `CB-${kind.code}-${id}-${packIndex}`,
        title: pack,
        priceVnd: price,
        stock: 10 + (index % 50),
        weightGrams: grams,
        lengthCm: 24,
        widthCm: 16,
        heightCm: 6,
      })),
    }
  })
}

const seconds = (since: number) => (performance.now() - since) / 1000
const say = (line: string) => process.stdout.write(`${line}\n`)

async function main(): Promise<void> {
  const table = parseCategoryTable(
    JSON.parse(fs.readFileSync(new URL("../test/channels/sync/contract-categories.json", import.meta.url), "utf8")),
    "contract-categories.json",
  )
  const limits = loadPlatformLimits()
  const products = generate(LISTINGS)
  const skus = products.reduce((sum, product) => sum + product.variants.length, 0)
  say(`${LISTINGS} listings (${skus} SKUs), Lazada contract server, in-memory ledger\n`)

  const rows = new Map<string, LedgerRow>()
  const save = async (changed: LedgerRow[]) => {
    for (const row of changed) rows.set(row.variantId, row)
  }
  const plan = (subset: ChannelProduct[]): { entries: PlanEntry[]; ledger: Ledger } => {
    const ledger = new Ledger("lazada", [...rows.values()])
    const entries = buildPlan(subset, { table, limits, platforms: ["lazada"], previous: (_platform, productId) => ledger.previous(productId) })
    return { entries, ledger }
  }

  let started = performance.now()
  const dry = plan(products)
  say(`dry-run diff:            ${seconds(started).toFixed(2)} s (${dry.entries.filter((e) => e.action === "create").length} to create, ${dry.entries.filter((e) => e.problems.length).length} refused)`)

  const server = await startLazadaContractServer({ imageReadyAfterMs: 0 })
  try {
    const grant = server.state.issueTokens()
    const client = (limiter: RateLimiter) =>
      new LazadaClient({
        baseUrl: server.baseUrl,
        authBaseUrl: server.authBaseUrl,
        appKey: server.appKey,
        appSecret: server.appSecret,
        sellerKey: "bench",
        tokenStore: memoryTokenStore({
          [lazadaTokenKey("bench")]: { accessToken: grant.accessToken, refreshToken: grant.refreshToken, accessExpiresAt: grant.accessExpiresAt, refreshExpiresAt: grant.refreshExpiresAt, authorisationExpiresAt: grant.refreshExpiresAt },
        }),
        limiter,
      })

    const sample = products.slice(0, Math.min(SAMPLE, products.length))
    server.state.resetCalls()
    started = performance.now()
    const limited = plan(sample)
    const first = await runPush(limited.entries, limited.ledger, lazadaAdapter(client(new RateLimiter(systemClock, 2, 50))), { save })
    const limitedSeconds = seconds(started)
    say(
      `first push (limited):    ${(first.created / limitedSeconds).toFixed(1)} listings/s — ${first.created} created in ${limitedSeconds.toFixed(1)} s, ${server.state.callsTo("/product/create").length} creates, ${server.state.calls.length} calls (default limiter: 2 in flight, 50 ms apart)`,
    )

    started = performance.now()
    const rest = plan(products.slice(sample.length))
    const bulk = await runPush(rest.entries, rest.ledger, lazadaAdapter(client(new RateLimiter(systemClock, 32, 0))), { save, concurrency: 32 })
    const bulkSeconds = seconds(started)
    say(`first push (no limiter, 32 at once): ${(bulk.created / bulkSeconds).toFixed(1)} listings/s — ${bulk.created} created in ${bulkSeconds.toFixed(1)} s, ${bulk.failed} failed`)

    server.state.resetCalls()
    started = performance.now()
    const again = plan(products)
    const rerun = await runPush(again.entries, again.ledger, lazadaAdapter(client(new RateLimiter(systemClock, 2, 50))), { save })
    say(`unchanged re-run:        ${seconds(started).toFixed(2)} s — ${rerun.unchanged} unchanged, ${server.state.writeCalls().length} write calls, ${server.state.calls.length} calls`)
  } finally {
    await server.close()
  }

  const out = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-channels-"))
  try {
    started = performance.now()
    const sheet = await exportShopeeMassUpload(products, { table, limits, outFile: path.join(out, "shopee.xlsx") })
    say(`export Shopee XLSX:      ${seconds(started).toFixed(2)} s — ${sheet.rows} rows, ${(fs.statSync(path.join(out, "shopee.xlsx")).size / 1e6).toFixed(1)} MB`)
    started = performance.now()
    const plain = await exportPlainListing(products, { outDir: out, images: false, html: false })
    say(`export XLSX + CSV:       ${seconds(started).toFixed(2)} s — ${plain.rows} rows`)
  } finally {
    fs.rmSync(out, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
