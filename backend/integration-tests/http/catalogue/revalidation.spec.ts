import http from "node:http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { seedProducts } from "../../../src/scripts/seeding/seed-products"
import { seedShopSetup } from "../../../src/scripts/seeding/shop-setup"
import { STARTER_PRODUCTS } from "../../../src/scripts/seeding/starter-products"

const SECRET = "revalidate-secret-for-tests"
const PORT = 20000 + Math.floor(Math.random() * 30000)
type Received = { secret: string | undefined; body: { tags: string[] } }
const received: Received[] = []

/** A stand-in storefront that records what the backend asks it to purge. */
const storefront = http.createServer((request, response) => {
  let raw = ""
  request.on("data", (chunk) => (raw += chunk))
  request.on("end", () => {
    if (request.url === "/api/revalidate" && request.method === "POST") {
      received.push({ secret: request.headers["x-revalidate-secret"] as string | undefined, body: JSON.parse(raw) })
    }
    response.writeHead(200, { "content-type": "application/json" }).end("{}")
  })
})

medusaIntegrationTestRunner({
  env: { STOREFRONT_URL: `http://localhost:${PORT}`, REVALIDATE_SECRET: SECRET },
  testSuite: ({ getContainer }) => {
    let productIds: string[] = []

    beforeAll(async () => {
      await new Promise<void>((resolve) => storefront.listen(PORT, "127.0.0.1", resolve))
      const setup = await seedShopSetup(getContainer())
      productIds = await seedProducts(getContainer(), setup, STARTER_PRODUCTS)
    })

    afterAll(() => {
      storefront.close()
    })

    describe("storefront revalidation", () => {
      it("asks the storefront to purge the catalogue within seconds of a product change", async () => {
        received.length = 0
        await updateProductsWorkflow(getContainer()).run({
          input: { selector: { id: productIds[0] }, update: { title: "Bánh khảo Sơn Tòng (hộp mới)" } },
        })
        for (let attempt = 0; attempt < 50 && received.length === 0; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
        expect(received.length).toBeGreaterThan(0)
        expect(received[0].secret).toBe(SECRET)
        expect(received[0].body.tags).toContain("products")
      })
    })
  },
})
