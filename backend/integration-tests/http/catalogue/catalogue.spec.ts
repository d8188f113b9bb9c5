import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, expect, it } from "vitest"
import { expiryFor, mayShowBadge, statusOn } from "../../../src/modules/ocop/domain/certificate-rules"
import { vietnamDay } from "../../../src/modules/ocop/domain/dates"
import { PRODUCTS } from "../../../src/scripts/seeding/catalogue/products"
import { adminHeaders } from "../../helpers/admin"
import { appModule } from "../../helpers/app-module"

const { seedAll } = appModule<typeof import("../../../src/scripts/seeding")>("./src/scripts/seeding")

type Badge = { stars: number; status: string; is_sample: boolean } | null

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      const seeded = await seedAll(getContainer())
      store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      admin = await adminHeaders(getContainer(), api)
    })

    describe("the Cao Bằng catalogue seed", () => {
      it("reproduces the H1 2024 report as of 2024-06-30", async () => {
        const { report } = (await api.get("/admin/ocop/report?as_of=2024-06-30", admin)).data
        expect(report.products.total).toBe(144)
        expect(report.products.by_stars).toEqual({ "3": 131, "4": 13 })
        expect(report.products.by_group).toEqual({ thuc_pham: 124, do_uong: 11, thu_cong_my_nghe: 6, dich_vu_du_lich: 3 })
        expect(Object.keys(report.products.by_district)).toHaveLength(10)
        expect(report.producers.total).toBe(91)
        expect(report.producers.by_type).toEqual({ hop_tac_xa: 27, to_hop_tac: 7, doanh_nghiep: 10, ho_kinh_doanh: 47 })
        expect(report.producers.share.hop_tac_xa).toEqual({ value: 0.297, target: 0.4, met: false })
        expect(report.producers.share.doanh_nghiep).toEqual({ value: 0.11, target: 0.3, met: false })
      })

      it("lists every product, with a badge exactly for the certificates valid today", async () => {
        const today = vietnamDay()
        const badges: Badge[] = []
        let count = 0
        for (let offset = 0; offset < 144; offset += 48) {
          const page = (await api.get(`/store/ocop/products?limit=48&offset=${offset}`, store)).data
          count = page.count
          badges.push(...page.products.map((product: { ocop: Badge }) => product.ocop))
        }
        expect(count).toBe(144)
        const expected = PRODUCTS.filter((product) => {
          if (product.revoked && product.revoked.at <= today) return false
          if (product.renewal && product.renewal.issued_at <= today) return true
          const expires = expiryFor(product.certificate.issued_at)
          return mayShowBadge(statusOn({ expires_at: expires, renewal_filed_at: product.renewal_filed_at ?? null }, today))
        }).length
        expect(badges.filter((badge) => badge !== null)).toHaveLength(expected)
        expect(expected).toBeGreaterThan(40)
        expect(badges.filter((badge) => badge === null).length).toBeGreaterThan(40)
        expect(badges.some((badge) => badge?.is_sample === false)).toBe(true)
      })

      it("serves each product's generated image from the backend", async () => {
        const { products } = (await api.get("/store/ocop/products?limit=3", store)).data
        for (const product of products as { thumbnail: string; title: string }[]) {
          const path = new URL(product.thumbnail).pathname
          const response = await api.get(path, { responseType: "arraybuffer" })
          expect(response.status).toBe(200)
          expect(String(response.headers["content-type"])).toContain("image/jpeg")
          // A JPEG starts with the SOI marker FF D8 FF.
          expect([...Buffer.from(response.data as ArrayBuffer).subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
        }
      })

      it("books the tourism services without shipping", async () => {
        const query = getContainer().resolve("query")
        const services = PRODUCTS.filter((product) => !product.shippable).map((product) => product.handle)
        expect(services).toHaveLength(3)
        const { data } = await query.graph({
          entity: "product",
          fields: ["handle", "variants.inventory_items.inventory.requires_shipping"],
          filters: { handle: services },
        })
        const flags = (data as { variants: { inventory_items: { inventory: { requires_shipping: boolean } }[] }[] }[]).flatMap(
          (product) => product.variants.flatMap((variant) => variant.inventory_items.map((item) => item.inventory.requires_shipping))
        )
        expect(flags.length).toBeGreaterThanOrEqual(3)
        expect(flags.every((flag) => flag === false)).toBe(true)
      })

      it("shows the real producers and their products", async () => {
        const { data } = await api.get("/store/ocop/producers?q=tan%20viet%20a", store)
        expect(data.producers[0]).toMatchObject({ name: "HTX nông sản Tân Việt Á", type: "hop_tac_xa", is_sample: false })
        const detail = await api.get(`/store/ocop/producers/${data.producers[0].handle}`, store)
        expect(detail.data.products.map((p: { title: string }) => p.title)).toContain("Miến dong Tân Việt Á")
      })
    })
  },
})
