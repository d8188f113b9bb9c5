import { expect, test, type Page } from "@playwright/test"
import { catalogue, fold, storeGet, type CatalogueResponse } from "./support/browse-data"

/** On a phone the filters fold behind "Bộ lọc"; open them when they are folded (on a desktop they are a sidebar). */
async function openFilters(page: Page) {
  const panel = page.getByTestId("filter-panel")
  const summary = panel.locator("summary")
  await expect(panel).toBeAttached()
  if ((await summary.isVisible()) && (await panel.getAttribute("open")) === null) await summary.click()
  await expect(panel.getByTestId("facet-stars")).toBeVisible()
}

test.describe("catalogue", () => {
  test("4 stars and a district from the URL: filtered grid, chosen facets, counts from the backend", async ({ page, request }) => {
    const fourStar = await catalogue(request, { stars: 4, facets: "true", limit: 1 })
    const [district] = Object.entries(fourStar.facets?.district ?? {}).sort((a, b) => b[1] - a[1])[0]
    const expected = await catalogue(request, { stars: 4, district, limit: 24 })
    expect(expected.count).toBeGreaterThan(0)

    await page.goto(`/vi/products?stars=4&district=${district}`)
    await expect(page.getByTestId("result-count")).toContainText(`trong ${expected.count} sản phẩm`)
    const cards = page.getByTestId("product-card")
    await expect(cards).toHaveCount(Math.min(expected.count, 24))
    for (const card of await cards.all()) {
      await expect(card.getByTestId("ocop-stars")).toContainText("OCOP 4 sao")
    }
    await expect(cards.first().getByRole("heading")).toHaveText(expected.products[0].title)

    await openFilters(page)
    const starOption = page.getByTestId("facet-stars").locator('[data-value="4"]')
    await expect(starOption).toHaveAttribute("data-selected", "true")
    const districtOption = page.getByTestId("facet-district").locator(`[data-value="${district}"]`)
    await expect(districtOption).toHaveAttribute("data-selected", "true")
    await expect(districtOption.getByTestId("facet-count")).toHaveText(String(expected.count))
    await expect(page.getByTestId("active-filters").getByRole("link")).toHaveCount(3) // 2 chips + clear all
  })

  test("facet counts are visible and match the backend", async ({ page, request }) => {
    const all = await catalogue(request, { facets: "true", limit: 1 })
    await page.goto("/vi/products")
    await expect(page.getByTestId("result-count")).toContainText(`trong ${all.count} sản phẩm`)
    await openFilters(page)
    for (const [stars, count] of Object.entries(all.facets?.stars ?? {})) {
      await expect(page.getByTestId("facet-stars").locator(`[data-value="${stars}"]`).getByTestId("facet-count")).toHaveText(String(count))
    }
    for (const [group, count] of Object.entries(all.facets?.group ?? {})) {
      await expect(page.getByTestId("facet-group").locator(`[data-value="${group}"]`).getByTestId("facet-count")).toHaveText(String(count))
    }
    for (const [district, count] of Object.entries(all.facets?.district ?? {})) {
      await expect(page.getByTestId("facet-district").locator(`[data-value="${district}"]`).getByTestId("facet-count")).toHaveText(
        String(count)
      )
    }
    // A chosen facet keeps counting its other values (values of one facet combine with OR).
    await page.getByTestId("facet-stars").locator('[data-value="4"]').click()
    await expect(page).toHaveURL(/stars=4/)
    await openFilters(page)
    const threeStar = await catalogue(request, { stars: 3, limit: 1 })
    await expect(page.getByTestId("facet-stars").locator('[data-value="3"]').getByTestId("facet-count")).toHaveText(
      String(threeStar.count)
    )
  })

  test("filters by 4 stars and a district through the UI, keeping the state in the URL", async ({ page, request }) => {
    const fourStar = await catalogue(request, { stars: 4, facets: "true", limit: 1 })
    const [district] = Object.entries(fourStar.facets?.district ?? {}).sort((a, b) => b[1] - a[1])[0]
    const expected = await catalogue(request, { stars: 4, district, limit: 1 })

    await page.goto("/vi/products")
    await openFilters(page)
    await page.getByTestId("facet-stars").locator('[data-value="4"]').click()
    await expect(page).toHaveURL(/\/vi\/products\?stars=4$/)
    await expect(page.getByTestId("result-count")).toContainText(`trong ${fourStar.count} sản phẩm`)

    await openFilters(page)
    await page.getByTestId("facet-district").locator(`[data-value="${district}"]`).click()
    await expect(page).toHaveURL(new RegExp(`/vi/products\\?stars=4&district=${district}$`))
    await expect(page.getByTestId("result-count")).toContainText(`trong ${expected.count} sản phẩm`)

    // Sorting is a link too, and removing a chip drops just that filter.
    await page.getByTestId("sort-links").getByRole("link", { name: "Giá tăng dần" }).click()
    await expect(page).toHaveURL(/sort=price_asc/)
    await page.getByTestId("active-filters").getByRole("link", { name: /Bỏ lọc: OCOP 4 sao/ }).click()
    await expect(page).toHaveURL(new RegExp(`/vi/products\\?district=${district}&sort=price_asc$`))
  })

  test("pagination links lead to the next page of the server's order", async ({ page, request }) => {
    const second = await catalogue(request, { limit: 24, offset: 24 })
    expect(second.count).toBeGreaterThan(24)
    await page.goto("/vi/products")
    const pagination = page.getByTestId("pagination")
    await expect(pagination).toBeVisible()
    await pagination.getByRole("link", { name: "Trang 2" }).click()
    await expect(page).toHaveURL(/\/vi\/products\?page=2$/)
    await expect(page.getByTestId("result-count")).toContainText(`Hiển thị 25–${Math.min(48, second.count)}`)
    await expect(page.getByTestId("product-card").first().getByRole("heading")).toHaveText(second.products[0].title)
    await expect(pagination.locator('[aria-current="page"]')).toContainText("2")
  })

  test("the search box reaches the catalogue with results for “banh khao”", async ({ page, request }) => {
    // With words the catalogue lists the backend's search (by relevance).
    const expected = await storeGet<CatalogueResponse>(request, "/store/ocop/search", { q: "banh khao", limit: 24, offset: 0 })
    expect(expected.count).toBeGreaterThan(0)
    await page.goto("/vi")
    const search = page.getByRole("search", { name: "Tìm sản phẩm" })
    // Once hydrated the header's field is a combobox with suggestions (e2e/search.spec.ts).
    await search.getByRole("combobox").fill("banh khao")
    await search.getByRole("combobox").press("Enter")
    await expect(page).toHaveURL(/\/vi\/products\?q=banh\+khao$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kết quả cho “banh khao”")
    const titles = await page.getByTestId("product-card").getByRole("heading").allTextContents()
    expect(titles).toEqual(expected.products.map((product) => product.title))
    expect(fold(titles[0])).toContain("banh khao")
  })

  test("a search without results shows the empty state", async ({ page }) => {
    await page.goto("/en/products?q=zzqqxxnothing")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “zzqqxxnothing”")
    await expect(page.getByTestId("catalogue-empty")).toContainText("No products found for “zzqqxxnothing”")
    // No result grid; popular products follow the help instead (e2e/search.spec.ts).
    await expect(page.getByTestId("product-grid")).toHaveCount(0)
  })
})
