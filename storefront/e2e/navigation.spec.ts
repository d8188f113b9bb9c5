import { expect, test } from "@playwright/test"
import { catalogue } from "./support/browse-data"

test.describe("navigation, languages and trust pages", () => {
  test("switching language keeps the page and its filters", async ({ page, request }) => {
    await page.goto("/vi/products?stars=4&sort=price_asc")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sản phẩm OCOP")
    await page.getByRole("link", { name: /English/ }).click()
    await expect(page).toHaveURL(/\/en\/products\?stars=4&sort=price_asc$/)
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("OCOP products")

    const [product] = (await catalogue(request, { limit: 1 })).products
    await page.goto(`/en/products/${product.handle}`)
    await page.getByRole("link", { name: /Tiếng Việt/ }).click()
    await expect(page).toHaveURL(new RegExp(`/vi/products/${product.handle}$`))
    await expect(page.getByRole("heading", { level: 2, name: "Thông tin trên nhãn" })).toBeVisible()
  })

  test("unknown products and producers get the localised 404", async ({ page }) => {
    let response = await page.goto("/vi/products/khong-co-san-pham-nay")
    expect(response?.status()).toBe(404)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang")
    response = await page.goto("/en/producers/no-such-producer")
    expect(response?.status()).toBe(404)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found")
  })

  test("the header links to products and producers and the footer to the trust pages", async ({ page }) => {
    await page.goto("/vi")
    await page.getByTestId("nav-producers").click()
    await expect(page).toHaveURL(/\/vi\/producers$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chủ thể OCOP")
    await page.getByTestId("nav-products").click()
    await expect(page).toHaveURL(/\/vi\/products$/)

    await expect(page.getByTestId("payment-methods")).toContainText("COD")
    await expect(page.getByTestId("payment-methods")).toContainText("VietQR")
    await page.getByTestId("footer-sellers").click()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thông tin người bán và quy chế sàn")
    await expect(page.getByTestId("operator-details")).toBeVisible()
    await page.getByTestId("footer-shipping").click()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chính sách giao hàng và đổi trả")
    await expect(page.getByRole("main")).toContainText("30.000\u00a0₫")
    await page.getByTestId("footer-contact").click()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Liên hệ")
  })

  test("the home page links each product group into the filtered catalogue", async ({ page, request }) => {
    const { facets } = await catalogue(request, { facets: "true", limit: 1 })
    await page.goto("/en")
    await expect(page.getByTestId("four-star-products").getByTestId("product-card").first().getByTestId("ocop-stars")).toContainText(
      "OCOP 4-star"
    )
    const groups = page.getByTestId("group-links")
    await expect(groups.getByRole("link", { name: /Beverages/ })).toContainText(`${facets?.group.do_uong} products`)
    await groups.getByRole("link", { name: /Beverages/ }).click()
    await expect(page).toHaveURL(/\/en\/products\?group=do_uong$/)
    await expect(page.getByTestId("result-count")).toContainText(`of ${facets?.group.do_uong} products`)
  })

  test("a phone 360 px wide never scrolls sideways and the skip link comes first", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 })
    for (const path of ["/vi", "/vi/products?stars=4", "/vi/producers", "/vi/legal/sellers"]) {
      await page.goto(path)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
    await page.goto("/vi")
    await page.keyboard.press("Tab")
    await expect(page.getByRole("link", { name: "Bỏ qua, tới nội dung chính" })).toBeFocused()
  })

  test("the sitemap lists products and producers in both languages", async ({ request, baseURL }) => {
    const [product] = (await catalogue(request, { limit: 1 })).products
    const sitemap = await (await request.get(`${baseURL}/sitemap.xml`)).text()
    expect(sitemap).toContain(`/vi/products/${product.handle}</loc>`)
    expect(sitemap).toContain(`/en/products/${product.handle}</loc>`)
    expect(sitemap).toContain(`/vi/producers/`)
    const robots = await (await request.get(`${baseURL}/robots.txt`)).text()
    expect(robots).toContain("Sitemap:")
  })
})
