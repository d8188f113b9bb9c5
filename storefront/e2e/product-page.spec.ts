import { expect, test } from "@playwright/test"
import { allProducts, catalogue, liveStock, productDetail, vnd, type CatalogueCard } from "./support/browse-data"

const cheapest = (card: CatalogueCard): number =>
  Math.min(
    ...card.variants
      .map((variant) => variant.calculated_price?.calculated_amount)
      .filter((amount): amount is number => typeof amount === "number")
  )

test.describe("product page", () => {
  test("a product with a valid certificate shows the OCOP badge and certificate details", async ({ page, request }) => {
    // The stars filter only matches certificates that may be shown today.
    const [product] = (await catalogue(request, { stars: 4, limit: 1 })).products
    expect(product.ocop).not.toBeNull()
    await page.goto(`/vi/products/${product.handle}`)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(product.title)
    await expect(page.getByTestId("product-price")).toHaveText(vnd(cheapest(product)))
    const certificate = page.getByTestId("ocop-certificate")
    await expect(certificate).toBeVisible()
    await expect(certificate).toContainText("OCOP 4 sao")
    await expect(certificate).toContainText(product.ocop?.certificate_number ?? "")
    await expect(certificate).toContainText(product.ocop?.decision_number ?? "")
    await expect(certificate).toContainText(product.ocop?.issuer ?? "")
    if (product.ocop?.is_sample) await expect(certificate.getByTestId("certificate-sample")).toHaveText("Dữ liệu mẫu")
  })

  test("a product whose certificate has expired shows no badge", async ({ page, request }) => {
    const products = await allProducts(request)
    const withoutBadge = products.find((product) => product.ocop === null)
    test.skip(!withoutBadge, "every product has a valid certificate today")
    await page.goto(`/vi/products/${withoutBadge?.handle}`)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(withoutBadge?.title ?? "")
    await expect(page.getByTestId("product-label")).toBeVisible()
    await expect(page.getByTestId("ocop-certificate")).toHaveCount(0)
    // Related products of the same producer may carry their own badges; the product itself has none.
    await expect(page.getByTestId("product-header").getByTestId("ocop-stars")).toHaveCount(0)
    await expect(page.getByTestId("ocop-stars")).toHaveCount(await page.getByTestId("related-products").getByTestId("ocop-stars").count())
  })

  test("spirits show their alcohol content and the 18+ notice; other food does not", async ({ page, request }) => {
    const candidates = (await catalogue(request, { q: "ruou", limit: 50 })).products
    let spirit: string | null = null
    let percent = 0
    for (const candidate of candidates) {
      const { product } = await productDetail(request, candidate.handle)
      if (product.label?.alcohol_percent != null) {
        spirit = product.handle
        percent = product.label.alcohol_percent
        break
      }
    }
    expect(spirit, "a product with an alcohol content in its label").not.toBeNull()
    await page.goto(`/vi/products/${spirit}`)
    const notice = page.getByTestId("age-notice")
    await expect(notice).toBeVisible()
    await expect(notice).toContainText("18 tuổi")
    await expect(page.getByTestId("label-alcohol")).toContainText(`${percent}%`)

    await page.goto(`/en/products/${spirit}`)
    await expect(page.getByTestId("age-notice")).toContainText("18")

    const [food] = (await catalogue(request, { group: "thuc_pham", limit: 1 })).products
    await page.goto(`/vi/products/${food.handle}`)
    await expect(page.getByTestId("product-label")).toBeVisible()
    await expect(page.getByTestId("age-notice")).toHaveCount(0)
  })

  test("label, producer card, structured data and related products are on the page", async ({ page, request }) => {
    const [card] = (await catalogue(request, { stars: 4, limit: 1 })).products
    const { product } = await productDetail(request, card.handle)
    await page.goto(`/vi/products/${card.handle}`)
    await expect(page.getByTestId("label-net-quantity")).toBeVisible()
    await expect(page.getByTestId("label-ingredients")).toBeVisible()
    const producer = page.getByTestId("producer-card")
    await expect(producer).toContainText(product.producer?.name ?? "")
    await expect(producer.getByTestId("producer-phone")).toHaveAttribute("href", /^tel:\+84\d+$/)
    await expect(producer.getByTestId("producer-phone")).toContainText(/0\d{3} \d{3,4} \d{3}/)

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}")
    expect(jsonLd["@type"]).toBe("Product")
    expect(jsonLd.name).toBe(product.title)
    expect(jsonLd.brand?.name).toBe(product.producer?.name)
    expect(jsonLd.offers[0]).toMatchObject({ priceCurrency: "VND", price: cheapest(card) })

    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", new RegExp(`/en/products/${card.handle}$`))
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/vi/products/${card.handle}$`))

    await producer.getByTestId("producer-link").click()
    await expect(page).toHaveURL(new RegExp(`/vi/producers/${product.producer?.handle}$`))
  })

  test("the buy box reads live stock, limits the quantity and adds to the cart", async ({ page, request }) => {
    const [card] = (await catalogue(request, { stars: 4, limit: 1 })).products
    const stock = await liveStock(request, card.handle)
    await page.goto(`/vi/products/${card.handle}`)
    const box = page.getByTestId("buy-box")
    await expect(box.getByTestId("stock-state")).not.toHaveAttribute("data-state", "loading")

    const cheapestVariant = card.variants.reduce((best, variant) =>
      (variant.calculated_price?.calculated_amount ?? Infinity) < (best.calculated_price?.calculated_amount ?? Infinity) ? variant : best
    )
    const available = stock.get(cheapestVariant.id)
    const max = available === null || available === undefined ? 99 : Math.min(available, 99)
    test.skip(max < 1, "the cheapest variant is sold out")
    await expect(box.getByTestId("quantity-input")).toHaveAttribute("max", String(max))
    await box.getByTestId("quantity-input").fill("500")
    await expect(box.getByTestId("quantity-input")).toHaveValue(String(max))
    await box.getByRole("button", { name: "Giảm số lượng" }).click()
    await box.getByTestId("quantity-input").fill("1")

    await box.getByTestId("add-to-cart").click()
    await expect(box.getByTestId("cart-message")).toContainText("Đã thêm vào giỏ hàng")
    await expect(page.getByTestId("cart-count")).not.toHaveText("")
  })
})
