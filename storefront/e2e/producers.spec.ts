import { expect, test } from "@playwright/test"
import { nationalPhone, storeGet, type Producer } from "./support/browse-data"

test.describe("producers", () => {
  test("a producer page shows the seller's legal details, contact and products", async ({ page, request }) => {
    const { producers } = await storeGet<{ producers: Producer[] }>(request, "/store/ocop/producers", { limit: 100 })
    const producer = producers.find((candidate) => candidate.registration_number && candidate.representative && candidate.phone) ?? producers[0]
    const { products } = await storeGet<{ products: { title: string }[] }>(request, `/store/ocop/producers/${producer.handle}`, {
      limit: 100,
    })

    await page.goto(`/vi/producers/${producer.handle}`)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(producer.name)
    const seller = page.getByTestId("seller-details")
    await expect(seller.getByRole("heading", { name: "Thông tin người bán" })).toBeVisible()
    await expect(seller.getByTestId("seller-name")).toContainText(producer.name)
    await expect(seller.getByTestId("seller-address")).toContainText(producer.address ?? "Cao Bằng")
    await expect(seller.getByTestId("seller-registration")).toContainText(producer.registration_number ?? "Chưa cập nhật")
    await expect(seller.getByTestId("seller-representative")).toContainText(producer.representative ?? "Chưa cập nhật")
    if (producer.phone) {
      await expect(seller.getByTestId("seller-phone")).toContainText(nationalPhone(producer.phone))
      await expect(page.getByTestId("producer-phone").first()).toHaveAttribute("href", `tel:${producer.phone}`)
    }
    if (producer.zalo) await expect(page.getByTestId("producer-zalo")).toHaveAttribute("href", producer.zalo)
    if (producer.is_sample) await expect(page.getByTestId("sample-notice")).toContainText("Dữ liệu mẫu")
    await expect(page.getByTestId("producer-products").getByTestId("product-card")).toHaveCount(products.length)
  })

  test("a real producer without a registration number says so instead of hiding the row", async ({ page, request }) => {
    const { producers } = await storeGet<{ producers: Producer[] }>(request, "/store/ocop/producers", { limit: 100 })
    const incomplete = producers.find((candidate) => !candidate.registration_number)
    test.skip(!incomplete, "every producer has a registration number")
    await page.goto(`/en/producers/${incomplete?.handle}`)
    await expect(page.getByTestId("seller-registration")).toContainText("Not provided yet")
  })

  test("the producer list filters by type and district and searches by name", async ({ page, request }) => {
    const cooperatives = await storeGet<{ count: number }>(request, "/store/ocop/producers", { type: "hop_tac_xa", limit: 1 })
    await page.goto("/vi/producers")
    await page.getByRole("navigation", { name: "Loại chủ thể" }).getByRole("link", { name: "Hợp tác xã" }).click()
    await expect(page).toHaveURL(/\/vi\/producers\?type=hop_tac_xa$/)
    await expect(page.getByTestId("producer-count")).toContainText(`${cooperatives.count} chủ thể`)

    const inHoaAn = await storeGet<{ count: number }>(request, "/store/ocop/producers", { type: "hop_tac_xa", district: "hoa_an", limit: 1 })
    await page.getByRole("navigation", { name: "Huyện, thành phố" }).getByRole("link", { name: "Hòa An" }).click()
    await expect(page).toHaveURL(/type=hop_tac_xa&district=hoa_an$/)
    await expect(page.getByTestId("producer-count")).toContainText(`${inHoaAn.count} chủ thể`)

    await page.goto("/vi/producers?q=tam+hoa")
    await expect(page.getByTestId("producer-item").first()).toContainText("Tâm Hòa")
  })
})
