import { expect, test } from "@playwright/test"

const VND = /^\d{1,3}(\.\d{3})*\u00a0₫$/

test("a shopper browses in Vietnamese, opens a product and switches to English", async ({ page }) => {
  await page.goto("/vi")
  await expect(page.locator("html")).toHaveAttribute("lang", "vi")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đặc sản OCOP Cao Bằng")

  // Best-rated first: the first card is a 4-star product with its badge.
  const card = page.getByTestId("product-card").first()
  await expect(card.getByTestId("ocop-stars")).toContainText("OCOP 4 sao")
  const title = (await card.getByRole("heading", { level: 3 }).textContent())?.trim() ?? ""
  const cardPrice = (await card.getByTestId("product-price").textContent())?.trim() ?? ""
  expect(cardPrice).toMatch(VND)

  await card.click()
  await expect(page).toHaveURL(/\/vi\/products\/[a-z0-9-]+$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title)
  await expect(page.getByTestId("product-price")).toHaveText(cardPrice)
  const handle = new URL(page.url()).pathname.split("/").pop()

  await page.getByRole("link", { name: /English/ }).click()
  await expect(page).toHaveURL(new RegExp(`/en/products/${handle}$`))
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.getByRole("link", { name: "← All products" })).toBeVisible()
  await expect(page.getByTestId("product-price")).toHaveText(cardPrice)
})

test("an unknown product shows the localised not-found page", async ({ page }) => {
  const response = await page.goto("/en/products/does-not-exist")
  expect(response?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found")
  await page.goto("/vi/products/khong-co-san-pham-nay")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang")
})

test("the root path sends Vietnamese visitors to /vi", async ({ page }) => {
  await page.goto("/")
  await expect(page).toHaveURL(/\/vi$/)
})
