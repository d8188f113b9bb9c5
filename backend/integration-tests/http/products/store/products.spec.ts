import { beforeAll, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedProducts } from "../../../../src/scripts/seeding/seed-products"
import { seedShopSetup, type ShopSetup } from "../../../../src/scripts/seeding/shop-setup"
import { STARTER_PRODUCTS } from "../../../../src/scripts/seeding/starter-products"

type StoreProduct = {
  handle: string
  title: string
  variants: { calculated_price?: { calculated_amount: number; currency_code: string } }[]
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("GET /store/products", () => {
      let seeded: ShopSetup & { productIds: string[] }

      beforeAll(async () => {
        const setup = await seedShopSetup(getContainer())
        seeded = { ...setup, productIds: await seedProducts(getContainer(), setup, STARTER_PRODUCTS) }
      })

      it("answers 400 without a publishable key", async () => {
        const response = await api.get("/store/products").catch((error: { response: unknown }) => error.response)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/publishable api key/i)
      })

      it("lists the seeded products with whole-VND prices for the Việt Nam region", async () => {
        const response = await api.get(
          `/store/products?region_id=${seeded.regionId}&fields=handle,title,*variants.calculated_price&limit=50`,
          { headers: { "x-publishable-api-key": seeded.publishableKey } }
        )
        expect(response.status).toBe(200)
        const products: StoreProduct[] = response.data.products
        expect(response.data.count).toBe(seeded.productIds.length)
        const banhKhao = products.find((product) => product.handle === "banh-khao-son-tong")
        expect(banhKhao?.title).toBe("Bánh khảo Sơn Tòng")
        const price = banhKhao?.variants[0].calculated_price
        expect(price?.currency_code).toBe("vnd")
        expect(price?.calculated_amount).toBe(85000)
        for (const product of products) {
          const amount = product.variants[0].calculated_price?.calculated_amount
          expect(Number.isInteger(amount)).toBe(true)
        }
      })

      it("exposes the region Việt Nam in VND with country vn", async () => {
        const response = await api.get("/store/regions", {
          headers: { "x-publishable-api-key": seeded.publishableKey },
        })
        const region = response.data.regions.find((candidate: { id: string }) => candidate.id === seeded.regionId)
        expect(region.name).toBe("Việt Nam")
        expect(region.currency_code).toBe("vnd")
        expect(region.countries.map((country: { iso_2: string }) => country.iso_2)).toContain("vn")
      })

      it("paginates", async () => {
        const response = await api.get("/store/products?limit=2&offset=1", {
          headers: { "x-publishable-api-key": seeded.publishableKey },
        })
        expect(response.data.products).toHaveLength(2)
        expect(response.data.limit).toBe(2)
        expect(response.data.offset).toBe(1)
      })
    })
  },
})
