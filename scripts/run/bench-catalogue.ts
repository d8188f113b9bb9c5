/**
 * `pnpm bench:catalogue` — how much the OCOP enrichment costs. Against a
 * running backend (`pnpm start` in another terminal, or BACKEND_URL), it
 * compares GET /store/ocop/products?limit=24 with GET /store/products?limit=24
 * (as Medusa ships it, and with the same fields and prices as the OCOP route):
 * median and p95 latency over a few hundred requests each, and the ratio.
 */
import fs from "node:fs"
import path from "node:path"
import autocannon from "autocannon"
import pg from "pg"
import { DATA } from "./lib/paths"

const BACKEND_URL = process.env.BACKEND_URL ?? "http://localhost:9000"
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4)

async function database<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  let url = process.env.DATABASE_URL
  if (!url) {
    const secrets = JSON.parse(fs.readFileSync(path.join(DATA, "secrets.json"), "utf8")) as { postgresPassword: string }
    url = `postgres://postgres:${encodeURIComponent(secrets.postgresPassword)}@localhost:${process.env.EMBEDDED_PG_PORT ?? 54320}/ocop`
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await use(client)
  } finally {
    await client.end()
  }
}

type Result = { name: string; p50: number; p95: number; p99: number; rps: number; errors: number }

/** Runs autocannon and records every response time, so percentiles are exact. */
function load(url: string, key: string, amount: number): Promise<{ times: number[]; errors: number; rps: number }> {
  return new Promise((resolve, reject) => {
    const times: number[] = []
    const instance = autocannon(
      { url, amount, connections: CONNECTIONS, headers: { "x-publishable-api-key": key } },
      (error, result) => {
        if (error) reject(error)
        else resolve({ times, errors: result.errors + result.non2xx, rps: Math.round(result.requests.average) })
      }
    )
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return Math.round(sorted[Math.max(0, index)] * 10) / 10
}

async function measure(name: string, url: string, key: string): Promise<Result> {
  await load(url, key, 50)
  const { times, errors, rps } = await load(url, key, REQUESTS)
  const sorted = [...times].sort((a, b) => a - b)
  return { name, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), rps, errors }
}

async function main(): Promise<void> {
  const { key, regionId } = await database(async (client) => {
    const keys = await client.query<{ token: string }>(
      "SELECT token FROM api_key WHERE type = 'publishable' AND revoked_at IS NULL AND deleted_at IS NULL ORDER BY created_at LIMIT 1"
    )
    const regions = await client.query<{ id: string }>("SELECT id FROM region WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1")
    if (!keys.rows[0] || !regions.rows[0]) throw new Error("the database is not seeded: run pnpm start first")
    return { key: keys.rows[0].token, regionId: regions.rows[0].id }
  })
  const fields = "id,title,subtitle,handle,thumbnail,variants.id,variants.title,variants.sku,*variants.calculated_price"
  const targets: [string, string][] = [
    ["/store/products?limit=24 (Medusa default fields)", `${BACKEND_URL}/store/products?limit=24`],
    [
      "/store/products?limit=24 (same fields + VND prices)",
      `${BACKEND_URL}/store/products?limit=24&region_id=${regionId}&fields=${encodeURIComponent(fields)}`,
    ],
    ["/store/ocop/products?limit=24", `${BACKEND_URL}/store/ocop/products?limit=24&region_id=${regionId}`],
    ["/store/ocop/products?limit=24&facets=true", `${BACKEND_URL}/store/ocop/products?limit=24&facets=true&region_id=${regionId}`],
  ]
  const results: Result[] = []
  for (const [name, url] of targets) results.push(await measure(name, url, key))

  process.stdout.write(`\n${REQUESTS} requests each, ${CONNECTIONS} connections, ${BACKEND_URL}\n`)
  process.stdout.write(`${"endpoint".padEnd(52)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"req/s".padStart(6)} errors\n`)
  for (const r of results) {
    process.stdout.write(
      `${r.name.padEnd(52)} ${String(r.p50).padStart(7)} ${String(r.p95).padStart(7)} ${String(r.p99).padStart(7)} ${String(r.rps).padStart(6)} ${r.errors}\n`
    )
  }
  const [medusaDefault, sameFields, ocop] = results
  const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : "n/a")
  process.stdout.write(
    `\nratio ocop / products (default): p50 ${ratio(ocop.p50, medusaDefault.p50)}, p95 ${ratio(ocop.p95, medusaDefault.p95)}\n` +
      `ratio ocop / products (same fields): p50 ${ratio(ocop.p50, sameFields.p50)}, p95 ${ratio(ocop.p95, sameFields.p95)}\n`
  )
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
