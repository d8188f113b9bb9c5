import fs from "node:fs"
import { defineConfig, devices } from "@playwright/test"

/**
 * Playwright drives Debian's Chromium (never a downloaded browser).
 * The run tools start the backend and storefront and pass E2E_BASE_URL.
 */
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    (candidate): candidate is string => !!candidate
  )
  const found = candidates.find((candidate) => fs.existsSync(candidate))
  if (!found) {
    throw new Error(
      "Chromium not found. Install it with `sudo apt-get install -y chromium fonts-noto-core` " +
        "or set CHROMIUM_PATH to a Chromium executable."
    )
  }
  return found
}

const executablePath = chromiumPath()
const launchOptions = {
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
}

export default defineConfig({
  testDir: "./e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // The HTML report keeps the screenshots the journeys attach (playwright-report/).
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME
    ? [["list"], ["json"], ["html", { open: "never" }]]
    : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://localhost:8000",
    trace: "retain-on-failure",
    locale: "vi-VN",
  },
  projects: [
    {
      // The smallest phone we support: 360 px wide, touch.
      name: "mobile-360",
      use: {
        ...devices["Pixel 7"],
        viewport: { width: 360, height: 760 },
        browserName: "chromium",
        launchOptions,
      },
    },
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], channel: undefined, browserName: "chromium", launchOptions },
    },
  ],
})
