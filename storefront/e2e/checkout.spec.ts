import { expect, test } from "@playwright/test"
import { adminGet, parseTlv, pickFourStarInStock } from "./support/backend"
import { addToCart, fillAddress, SHOPPER } from "./support/checkout"

const VND = /^\d{1,3}(\.\d{3})*\u00a0₫$/
const digits = (text: string) => Number(text.replace(/\D/g, ""))

test.describe("buying Cao Bằng specialties", () => {
  test("browse 4 stars in a district → product → cart → cash on delivery → order in the account and the admin", async ({
    page,
    request,
  }, testInfo) => {
    const product = await pickFourStarInStock(request)
    const email = `khach-${Date.now()}-${testInfo.project.name}@example.com`

    // An account first, so the order shows up in the order history.
    await page.goto("/vi/account")
    const register = page.locator("form").filter({ hasText: "Tạo tài khoản" })
    await register.getByLabel("Họ và tên").fill(SHOPPER.name)
    await register.getByLabel("Email").fill(email)
    await register.getByLabel("Mật khẩu").fill("mat-khau-an-toan")
    await register.getByRole("button", { name: "Tạo tài khoản" }).click()
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Xin chào")

    await page.goto(`/vi/products?stars=4&district=${product.district}`)
    await testInfo.attach("catalogue", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" })
    const card = page.getByTestId("product-card").filter({ hasText: product.title }).first()
    await card.click()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(product.title)
    await testInfo.attach("product", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" })
    const price = (await page.getByTestId("product-price").first().textContent())?.trim() ?? ""
    expect(price).toMatch(VND)

    await addToCart(page, 1)
    await page.getByTestId("cart-button").click()
    await expect(page.getByTestId("cart-line")).toHaveCount(1)
    await page.getByRole("button", { name: /Tăng số lượng/ }).click()
    await expect(page.getByTestId("cart-line-quantity")).toHaveText("2")
    await expect(page.getByTestId("cart-count")).toHaveText("2")
    await testInfo.attach("cart", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" })

    await page.getByTestId("go-to-checkout").click()
    await fillAddress(page)
    await page.getByLabel(/Thanh toán khi nhận hàng/).check()
    await testInfo.attach("checkout", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" })
    await page.getByTestId("place-order").click()

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đặt hàng thành công")
    await expect(page.getByTestId("cod-notice")).toBeVisible()
    const code = ((await page.getByTestId("order-code").textContent()) ?? "").match(/DH\d+/)?.[0] ?? ""
    const total = digits((await page.getByTestId("order-total").textContent()) ?? "")
    expect(total).toBe(2 * digits(price) + 30000)
    await testInfo.attach("confirmation", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" })
    await expect(page.getByTestId("cart-count")).toHaveText("0")

    await page.goto("/vi/account")
    await expect(page.getByTestId("account-orders")).toContainText(`Đơn ${code}`)

    const displayId = Number(code.slice(2))
    const { orders } = await adminGet<{ orders: { display_id: number; total: number; email: string }[] }>(
      request,
      `/admin/orders?q=${encodeURIComponent(email)}&fields=display_id,total,email`
    )
    expect(orders.find((order) => order.display_id === displayId)?.total).toBe(total)
  })

  test("pays by VietQR: the QR on the page carries the order total and the order code", async ({ page, request }) => {
    const product = await pickFourStarInStock(request)
    await page.goto(`/vi/products/${product.handle}`)
    await addToCart(page, 1)
    await page.goto("/vi/checkout")
    await fillAddress(page)
    await page.getByLabel(/Chuyển khoản ngân hàng/).check()
    await page.getByTestId("place-order").click()
    await expect(page.getByTestId("vietqr")).toBeVisible()

    const code = ((await page.getByTestId("order-code").textContent()) ?? "").match(/DH\d+/)?.[0] ?? ""
    const total = digits((await page.getByTestId("order-total").textContent()) ?? "")
    const payload = (await page.getByTestId("vietqr-code").getAttribute("data-payload")) ?? ""
    const fields = parseTlv(payload)
    expect(fields.get("01")).toBe("12")
    expect(Number(fields.get("54"))).toBe(total)
    expect(parseTlv(fields.get("62") ?? "").get("08")).toBe(code)
    await expect(page.getByTestId("vietqr-purpose")).toHaveText(code)
    await expect(page.getByTestId("vietqr-amount")).toHaveText(/₫$/)
    await expect(page.getByTestId("vietqr-code").locator("svg")).toBeVisible()
  })

  test("bad checkout input gets Vietnamese messages and keeps what was typed", async ({ page, request }) => {
    const product = await pickFourStarInStock(request)
    await page.goto(`/vi/products/${product.handle}`)
    await addToCart(page, 1)
    await page.goto("/vi/checkout")
    await fillAddress(page, { ...SHOPPER, phone: "12345", street: "" })
    await page.getByTestId("place-order").click()
    await expect(page.getByTestId("error-phone")).toHaveText("Số điện thoại chưa đúng. Ví dụ: 0912 345 678.")
    await expect(page.getByTestId("error-street")).toHaveText("Vui lòng nhập số nhà, đường hoặc thôn/xóm.")
    await expect(page.getByLabel("Họ và tên")).toHaveValue(SHOPPER.name)
    await expect(page.getByLabel("Phường/xã")).toHaveValue(SHOPPER.commune)
  })

  test("a broken or foreign cart cookie gives a fresh cart, not an error", async ({ page, context, baseURL }) => {
    const url = new URL(baseURL ?? "http://localhost:8000")
    await context.addCookies([{ name: "_ocop_cart_id", value: "cart_01ZZZZZZZZZZZZZZZZZZZZZZZZ", domain: url.hostname, path: "/" }])
    await page.goto("/vi/cart")
    await expect(page.getByTestId("cart-empty")).toBeVisible()
    await context.addCookies([{ name: "_ocop_cart_id", value: "not-a-cart-DROP-TABLE-cart", domain: url.hostname, path: "/" }])
    await page.goto("/en/cart")
    await expect(page.getByTestId("cart-empty")).toHaveText("Your cart is empty.")
  })
})
