import { expect, type Page } from "@playwright/test"

export const SHOPPER = {
  name: "Nguyễn Thị Lan",
  phone: "0912 345 678",
  province: "Hà Nội",
  commune: "Phường Hoàn Kiếm",
  street: "15 Hàng Bạc",
}

/**
 * Adds the product on the current product page to the cart: the header count
 * moves at once (optimistic), and the confirmation says the server has it.
 */
export async function addToCart(page: Page, expectedCount: number): Promise<void> {
  await page.getByRole("button", { name: /Thêm vào giỏ|Add to cart/ }).click()
  await expect(page.getByTestId("cart-count")).toHaveText(String(expectedCount))
  await expect(page.getByText(/Đã thêm vào giỏ hàng|Added to cart/)).toBeVisible()
}

export async function fillAddress(page: Page, shopper = SHOPPER): Promise<void> {
  await page.getByLabel("Họ và tên").fill(shopper.name)
  await page.getByLabel("Số điện thoại").fill(shopper.phone)
  await page.getByLabel("Tỉnh/thành phố").selectOption(shopper.province)
  await page.getByLabel("Phường/xã").fill(shopper.commune)
  await page.getByLabel("Số nhà, đường, thôn/xóm").fill(shopper.street)
}
