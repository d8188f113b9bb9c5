import { expect, test } from "@playwright/test"

/**
 * A second storefront started by the test runner whose backend URL points at
 * a port nobody listens on: what a shopper sees while the backend is down.
 */
const downUrl = process.env.E2E_BACKEND_DOWN_URL

test.describe("backend down", () => {
  test.skip(!downUrl, "needs E2E_BACKEND_DOWN_URL: a storefront started without a reachable backend (pnpm test starts one)")

  test("a page that needs the backend shows the friendly error in Vietnamese, with no stack trace", async ({ page }) => {
    // A filtered search is rendered per request, so no cached copy can answer it.
    // (The status may be 200: the page streams its shell before the data fails.)
    await page.goto(`${downUrl}/vi/products?stars=4&q=mat-ket-noi-${Date.now()}`)
    // (Next's route announcer is an empty alert too: take the one with our heading.)
    const alert = page.getByRole("alert").filter({ has: page.getByRole("heading") })
    await expect(alert.getByRole("heading", { level: 1 })).toHaveText("Đã có lỗi xảy ra")
    await expect(alert).toContainText("Vui lòng thử lại sau ít phút")
    await expect(alert.getByRole("button", { name: "Thử lại" })).toBeVisible()
    const html = await page.content()
    expect(html).not.toMatch(/ECONNREFUSED|fetch failed|\bat [\w.<>]+ \(|node_modules/)
  })

  test("the English page says the same in English", async ({ page }) => {
    await page.goto(`${downUrl}/en/products?stars=3&q=offline-${Date.now()}`)
    await expect(page.getByRole("alert").getByRole("heading", { level: 1 })).toHaveText("Something went wrong")
    await expect(page.getByRole("button", { name: "Try again" })).toBeVisible()
  })
})
