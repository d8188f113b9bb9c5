import { expect, test, type Page } from "@playwright/test"
import { catalogue, fold, storeGet } from "./support/browse-data"

/**
 * Search (issue 5): the header box's instant suggestions, results with the
 * matched words marked, and the help shown when nothing matches. Expected
 * products come from the backend's search routes, never from fixed handles.
 */
type SearchResponse = {
  products: { handle: string; title: string; highlight?: { title: { text: string; match: boolean }[] } }[]
  count: number
  suggestion: string | null
}
type SuggestResponse = {
  products: { handle: string; title: string; thumbnail: string | null; stars: number | null }[]
  producers: { handle: string; name: string; type: string }[]
}

const search = (request: Parameters<typeof storeGet>[0], q: string) =>
  storeGet<SearchResponse>(request, "/store/ocop/search", { q, limit: 24, offset: 0 })

/** The header's search box, once hydrated (the server renders a plain search field; the island makes it a combobox). */
async function headerBox(page: Page) {
  const box = page.getByRole("search", { name: "Tìm sản phẩm" }).getByRole("combobox", { name: "Tìm sản phẩm" })
  await expect(box).toHaveAttribute("aria-expanded", "false")
  return box
}

/** Types words into the header box and waits for the suggestions of exactly those words. */
async function typeAndWait(page: Page, words: string) {
  const box = await headerBox(page)
  const answered = page.waitForResponse(
    (response) => response.url().includes(`/api/search/suggest?q=${encodeURIComponent(words)}`) && response.ok()
  )
  await box.click()
  await box.pressSequentially(words, { delay: 40 })
  await answered
  await expect(box).toHaveAttribute("aria-expanded", "true")
  return box
}

test.describe("search", () => {
  test("“banh kh” in the header suggests a Bánh khảo product; the keyboard opens it", async ({ page, request }) => {
    const suggested = await storeGet<SuggestResponse>(request, "/store/ocop/search/suggest", { q: "banh kh" })
    const expected = suggested.products.find((product) => fold(product.title).includes("banh khao"))
    expect(expected, "the backend suggests a Bánh khảo product for “banh kh”").toBeTruthy()
    if (!expected) return

    await page.goto("/vi")
    const box = await typeAndWait(page, "banh kh")
    const listbox = page.getByRole("listbox", { name: "Tìm sản phẩm" })
    await expect(listbox).toBeVisible()
    const options = listbox.getByRole("option")
    const option = options.filter({ hasText: expected.title }).first()
    await expect(option).toBeVisible()
    // The last option searches for the words themselves.
    await expect(options.last()).toHaveText("Tìm “banh kh”")

    const titles = await options.allTextContents()
    const index = titles.findIndex((text) => text.includes(expected.title))
    for (let step = 0; step <= index; step++) await box.press("ArrowDown")
    await expect(option).toHaveAttribute("aria-selected", "true")
    await expect(box).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id")) ?? "")
    await box.press("Enter")

    await expect(page).toHaveURL(new RegExp(`/vi/products/${expected.handle}$`))
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected.title)
    await expect(page.getByRole("listbox", { name: "Tìm sản phẩm" })).toBeHidden()
  })

  test("Escape closes the suggestions; a tap on one opens its page", async ({ page, request }) => {
    const suggested = await storeGet<SuggestResponse>(request, "/store/ocop/search/suggest", { q: "banh kh" })
    const first = suggested.products[0]
    expect(first, "the backend suggests products for “banh kh”").toBeTruthy()
    if (!first) return

    await page.goto("/vi")
    const box = await typeAndWait(page, "banh kh")
    await box.press("Escape")
    await expect(box).toHaveAttribute("aria-expanded", "false")
    await expect(page.getByRole("listbox", { name: "Tìm sản phẩm" })).toBeHidden()

    await box.press("ArrowDown")
    await expect(box).toHaveAttribute("aria-expanded", "true")
    await page.getByRole("option").filter({ hasText: first.title }).first().click()
    await expect(page).toHaveURL(new RegExp(`/vi/products/${first.handle}$`))
  })

  test("a typo, “banh khoa”, still lists a Bánh khảo product with the matched words marked", async ({ page, request }) => {
    const expected = await search(request, "banh khoa")
    const hit = expected.products.find((product) => fold(product.title).includes("banh khao"))
    expect(hit, "the backend's search finds a Bánh khảo product for “banh khoa”").toBeTruthy()
    if (!hit) return

    await page.goto("/vi")
    const box = await headerBox(page)
    await box.fill("banh khoa")
    await box.press("Enter")
    await expect(page).toHaveURL(/\/vi\/products\?q=banh\+khoa$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kết quả cho “banh khoa”")
    await expect(page.getByTestId("result-count")).toContainText(`trong ${expected.count} sản phẩm`)

    const card = page.getByTestId("product-card").filter({ hasText: hit.title }).first()
    await expect(card).toBeVisible()
    const marks = card.getByRole("heading").locator("mark")
    await expect(marks.first()).toBeVisible()
    const marked = (hit.highlight?.title ?? []).filter((segment) => segment.match && segment.text).map((segment) => segment.text)
    if (marked.length) await expect(marks).toHaveText(marked)

    // Relevance is the default order of a search, and only of a search.
    const sort = page.getByTestId("sort-links")
    await expect(sort.getByRole("link", { name: "Liên quan nhất" })).toHaveAttribute("aria-current", "true")
    if (expected.suggestion) {
      const link = page.getByTestId("did-you-mean").getByRole("link", { name: expected.suggestion })
      await expect(link).toHaveAttribute("href", `/vi/products?${new URLSearchParams({ q: expected.suggestion })}`)
    }
    await page.goto("/vi/products?stars=4")
    await expect(page.getByTestId("sort-links").getByRole("link", { name: "Liên quan nhất" })).toHaveCount(0)
  })

  test("a search without results offers did-you-mean, tips and popular products", async ({ page, request }) => {
    const q = "zzqxw vkjhq"
    const expected = await search(request, q)
    expect(expected.count).toBe(0)
    const popular = await catalogue(request, { stars: 4, limit: 4 })

    await page.goto(`/vi/products?q=${encodeURIComponent(q)}`)
    const help = page.getByTestId("catalogue-empty")
    await expect(help.getByRole("heading", { level: 3 })).toHaveText(`Không tìm thấy sản phẩm nào cho “${q}”`)
    await expect(page.getByTestId("search-tips").getByRole("listitem")).toHaveCount(2)
    if (expected.suggestion) {
      await expect(page.getByTestId("did-you-mean")).toContainText(`Có phải bạn muốn tìm: ${expected.suggestion}?`)
      await page.getByTestId("did-you-mean").getByRole("link").click()
      await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(expected.suggestion)
      await page.goBack()
    }
    const cards = page.getByTestId("popular-products").getByTestId("product-card")
    await expect(cards).toHaveCount(Math.min(popular.count, 4))
    await expect(cards.first().getByRole("heading")).toHaveText(popular.products[0].title)
    await expect(cards.first().getByTestId("ocop-stars")).toContainText("OCOP 4 sao")

    await page.goto(`/en/products?q=${encodeURIComponent(q)}`)
    await expect(page.getByTestId("catalogue-empty")).toContainText(`No products found for “${q}”`)
    await expect(page.getByRole("heading", { name: "Popular 4-star OCOP products" })).toBeVisible()
  })
})

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("the header's plain form still searches", async ({ page }) => {
    await page.goto("/vi")
    const field = page.getByRole("search", { name: "Tìm sản phẩm" }).getByRole("searchbox", { name: "Tìm sản phẩm" })
    await expect(page.getByRole("listbox")).toHaveCount(0)
    await field.fill("banh khao")
    await field.press("Enter")
    await expect(page).toHaveURL(/\/vi\/products\?q=banh\+khao$/)
    // The results stream in after the page's shell (a Suspense boundary that
    // needs a script to be revealed), so check they were sent, not shown.
    await expect(page.locator("h1", { hasText: "Kết quả cho “banh khao”" })).toBeAttached()
    await expect(page.getByTestId("product-card").first()).toBeAttached()
  })
})
