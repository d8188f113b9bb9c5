/**
 * `pnpm bench:storefront` — the storefront's quality bars, measured against a
 * running `pnpm start` (or STOREFRONT_URL / BACKEND_URL):
 *   - Lighthouse mobile (median of 3 runs, offline Chromium): performance,
 *     accessibility, best practices, SEO on home, catalogue and a product page;
 *   - JavaScript per page (gzip bytes actually transferred);
 *   - requests per second at 10 connections on the catalogue and a product page;
 *   - add to cart: click → updated header count, 20 times.
 * It prints figures; it asserts nothing.
 */
import autocannon from "autocannon"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"
import { chromium } from "playwright-core"

const STOREFRONT = process.env.STOREFRONT_URL ?? "http://localhost:8000"
const BACKEND = process.env.BACKEND_URL ?? "http://localhost:9000"
const CHROME = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)
const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

async function productHandle(): Promise<string> {
  const html = await (await fetch(`${STOREFRONT}/vi`)).text()
  const match = /href="\/vi\/products\/([a-z0-9-]+)"/.exec(html)
  if (!match) throw new Error(`no product link on ${STOREFRONT}/vi — is pnpm start running?`)
  return match[1]
}

type Scores = { performance: number; accessibility: number; bestPractices: number; seo: number; jsKb: number }

async function lighthouseRun(url: string, port: number): Promise<Scores> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", formFactor: "mobile" })
  if (!result) throw new Error(`lighthouse gave no result for ${url}`)
  const { categories, audits } = result.lhr
  const requests = (audits["network-requests"]?.details as { items?: { resourceType?: string; transferSize?: number }[] })?.items ?? []
  const jsBytes = requests.filter((item) => item.resourceType === "Script").reduce((sum, item) => sum + (item.transferSize ?? 0), 0)
  const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100)
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    jsKb: Math.round(jsBytes / 102.4) / 10,
  }
}

async function throughput(url: string): Promise<number> {
  await autocannon({ url, connections: 10, duration: 3 })
  const result = await autocannon({ url, connections: 10, duration: 10 })
  if (result.non2xx) process.stdout.write(`  (${result.non2xx} non-2xx answers from ${url})\n`)
  return Math.round(result.requests.average)
}

/** Click → header count updated, and click → the server confirmed the line (the cart really has it). */
async function addToCartTimes(handle: string, runs: number): Promise<{ count: number[]; confirmed: number[] }> {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.filter((flag) => flag !== "--headless=new") })
  const times = { count: [] as number[], confirmed: [] as number[] }
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 760 } })
      const page = await context.newPage()
      await page.goto(`${STOREFRONT}/vi/products/${handle}`)
      const count = page.getByTestId("cart-count")
      await count.filter({ hasText: "0" }).waitFor()
      const button = page.getByRole("button", { name: /Thêm vào giỏ/ })
      await button.waitFor()
      const started = Date.now()
      await button.click()
      await count.filter({ hasText: "1" }).waitFor({ timeout: 10_000 })
      times.count.push(Date.now() - started)
      await page.getByText("Đã thêm vào giỏ hàng").waitFor({ timeout: 10_000 })
      times.confirmed.push(Date.now() - started)
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return times
}

async function main(): Promise<void> {
  const handle = await productHandle()
  const pages: [string, string][] = [
    ["home", `${STOREFRONT}/vi`],
    ["catalogue", `${STOREFRONT}/vi/products`],
    ["product", `${STOREFRONT}/vi/products/${handle}`],
  ]
  process.stdout.write(`storefront ${STOREFRONT}, backend ${BACKEND}, product ${handle}\n\n`)

  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS })
  try {
    process.stdout.write(`Lighthouse mobile, median of ${RUNS} runs\n`)
    process.stdout.write(`${"page".padEnd(10)} perf  a11y  best  seo   JS KB (gzip)\n`)
    for (const [name, url] of pages) {
      const runs: Scores[] = []
      for (let run = 0; run < RUNS; run++) runs.push(await lighthouseRun(url, chrome.port))
      const pick = (key: keyof Scores) => median(runs.map((scores) => scores[key]))
      process.stdout.write(
        `${name.padEnd(10)} ${String(pick("performance")).padEnd(5)} ${String(pick("accessibility")).padEnd(5)} ${String(pick("bestPractices")).padEnd(5)} ${String(pick("seo")).padEnd(5)} ${pick("jsKb")}\n`
      )
    }
  } finally {
    await chrome.kill()
  }

  process.stdout.write(`\nThroughput at 10 connections (10 s)\n`)
  for (const [name, url] of pages.slice(1)) process.stdout.write(`${name.padEnd(10)} ${await throughput(url)} req/s\n`)

  const times = await addToCartTimes(handle, Number(process.env.BENCH_CART_RUNS ?? 20))
  process.stdout.write(
    `\nAdd to cart (${times.count.length} runs, every run updated the count)\n` +
      `  click → count updated:   median ${median(times.count)} ms, max ${Math.max(...times.count)} ms\n` +
      `  click → server confirmed: median ${median(times.confirmed)} ms, max ${Math.max(...times.confirmed)} ms\n`
  )
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`)
  process.exit(1)
})
