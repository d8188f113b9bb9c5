import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"
const url = process.argv[2]
const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new","--no-sandbox","--disable-gpu", ...(process.env.XFLAGS ?? "").split(" ").filter(Boolean)] })
for (let i = 0; i < Number(process.argv[3] ?? 1); i++) {
  const r = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", formFactor: "mobile" })
  const a = r!.lhr.audits
  const m = ["first-contentful-paint","largest-contentful-paint","total-blocking-time","cumulative-layout-shift","speed-index","interactive"].map(k => `${k.split("-").map(s=>s[0]).join("")}=${Math.round(a[k].numericValue!)}`)
  console.log(Math.round(r!.lhr.categories.performance.score!*100), m.join(" "), "lcp-el:", JSON.stringify((a["largest-contentful-paint-element"]?.details as any)?.items?.[0]?.items?.[0]?.node?.snippet ?? "").slice(0,150))
}
await chrome.kill()
