import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { beforeAll, describe, expect, it } from "vitest"
import { mayShowBadge, statusOn } from "../../../src/modules/ocop/domain/certificate-rules"
import { addDays, addMonths, vietnamDay } from "../../../src/modules/ocop/domain/dates"
import { seedProducts } from "../../../src/scripts/seeding/seed-products"
import { seedShopSetup, type ShopSetup } from "../../../src/scripts/seeding/shop-setup"
import { STARTER_PRODUCTS } from "../../../src/scripts/seeding/starter-products"
import { adminHeaders, failing } from "../../helpers/admin"
import { appModule } from "../../helpers/app-module"

const { certifyProductWorkflow } = appModule<typeof import("../../../src/workflows/certify-product")>(
  "./src/workflows/certify-product"
)
const { createProducerWorkflow } = appModule<typeof import("../../../src/workflows/create-producer")>(
  "./src/workflows/create-producer"
)
const { refreshCertificateStatusesWorkflow } = appModule<
  typeof import("../../../src/workflows/refresh-certificate-statuses")
>("./src/workflows/refresh-certificate-statuses")
const { revokeCertificateWorkflow } = appModule<typeof import("../../../src/workflows/revoke-certificate")>(
  "./src/workflows/revoke-certificate"
)

type Headers = { headers: Record<string, string> }
type StoreProduct = {
  id: string
  handle: string
  title: string
  ocop: null | { stars: number; certificate_number: string; status: string; group: string; expires_at: string }
  producer: null | { handle: string; type: string; district: string }
  variants: { calculated_price?: { calculated_amount: number } }[]
}

const today = vietnamDay()

const producerBody = (overrides: Record<string, unknown> = {}) => ({
  name: "HTX Tâm Hòa",
  type: "hop_tac_xa",
  district: "hoa_an",
  commune: "Nam Tuấn",
  address: "Xóm Nà Lẹng",
  phone: "0912 345 678",
  zalo: "0912345678",
  story: "Hợp tác xã làm lạp sườn hun khói theo cách của người Tày.",
  ...overrides,
})

const certificateBody = (productId: string, overrides: Record<string, unknown> = {}) => ({
  product_id: productId,
  stars: 4,
  score: 74,
  product_set: "che_bien_tu_thit_trung_sua_thuy_san",
  certificate_number: `OCOP-TEST-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
  decision_number: "124/QĐ-UBND",
  issued_at: addMonths(today, -6),
  ...overrides,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let setup: ShopSetup
    let admin: Headers
    let store: Headers
    const productByHandle = new Map<string, string>()
    const producers: Record<string, string> = {}
    const id = (handle: string) => productByHandle.get(handle) as string

    /**
     * Fixture (the runner restores this state before every test):
     * nấm hương 4★ active (HTX Tâm Hòa), bánh khảo 3★ active (HKD Sơn Tòng),
     * hạt dẻ 3★ expired (Sơn Tòng), miến dong 3★ revoked (Tâm Hòa), rượu ngô uncertified.
     */
    beforeAll(async () => {
      const container = getContainer()
      setup = await seedShopSetup(container)
      const productIds = await seedProducts(container, setup, STARTER_PRODUCTS)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id", "handle"], filters: { id: productIds } })
      for (const product of data) productByHandle.set(product.handle, product.id)
      admin = await adminHeaders(container, api)
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }

      for (const body of [
        producerBody(),
        producerBody({
          name: "Hộ kinh doanh Sơn Tòng",
          type: "ho_kinh_doanh",
          district: "thanh_pho_cao_bang",
          commune: "Thục Phán",
          phone: "0206 3852 123",
          zalo: null,
        }),
      ]) {
        const { result } = await createProducerWorkflow(container).run({ input: body as never })
        producers[result.handle] = result.id
      }
      const certify = async (handle: string, producer: string, certificate: Record<string, unknown>) =>
        (
          await certifyProductWorkflow(container).run({
            input: {
              product_id: id(handle),
              producer_id: producers[producer],
              certificate: { decision_number: "124/QĐ-UBND", issued_at: addMonths(today, -6), ...certificate } as never,
            },
          })
        ).result
      await certify("nam-huong-truc-mai", "htx-tam-hoa", {
        stars: 4,
        score: 74,
        product_set: "mat_ong_nong_san_khac",
        certificate_number: "OCOP-CB-NAM-01",
      })
      await certify("banh-khao-son-tong", "ho-kinh-doanh-son-tong", {
        stars: 3,
        score: 62,
        product_set: "che_bien_tu_gao_ngu_coc",
        certificate_number: "OCOP-CB-BK-01",
      })
      await certify("hat-de-trung-khanh", "ho-kinh-doanh-son-tong", {
        stars: 3,
        product_set: "rau_cu_qua_hat_tuoi",
        certificate_number: "OCOP-CB-HD-01",
        issued_at: addDays(addMonths(today, -36), -1),
      })
      const mien = await certify("mien-dong-tan-viet-a", "htx-tam-hoa", {
        stars: 3,
        product_set: "che_bien_tu_rau_cu_qua_hat",
        certificate_number: "OCOP-CB-MIEN-01",
        issued_at: addMonths(today, -12),
      })
      await revokeCertificateWorkflow(container).run({
        input: { certificate_id: mien.id, reason: "Vi phạm quy định ghi nhãn hàng hóa" },
      })
    })

    const storeProducts = async (query = "") =>
      (await api.get(`/store/ocop/products${query}`, store)).data as {
        products: StoreProduct[]
        count: number
        offset: number
        limit: number
        facets?: Record<string, Record<string, number>>
      }
    const certificateByNumber = async (number: string) =>
      (await api.get(`/admin/ocop/certificates?q=${number}`, admin)).data.certificates[0] as { id: string }

    describe("producers (admin)", () => {
      it("creates a producer with a handle from its name, an E.164 phone and its own stock location", async () => {
        const { status, data } = await api.post("/admin/ocop/producers", producerBody({ name: "HTX nông nghiệp Yên Công" }), admin)
        expect(status).toBe(201)
        expect(data.producer.handle).toBe("htx-nong-nghiep-yen-cong")
        expect(data.producer.phone).toBe("+84912345678")
        expect(data.producer.zalo).toBe("https://zalo.me/0912345678")
        const detail = await api.get(`/admin/ocop/producers/${data.producer.id}`, admin)
        expect(detail.data.producer.stock_location.name).toBe("Kho HTX nông nghiệp Yên Công")
      })

      it("refuses bad fields with a 400 naming the field, and stores nothing", async () => {
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ district: "ha_noi" }, /district/],
          [{ phone: "12345" }, /phone/],
          [{ type: "cong_ty" }, /type/],
          [{ commune: "Không Có" }, /commune/],
          [{ email: "not-an-email" }, /email/],
          [{ unknown_field: 1 }, /unknown_field|Unrecognized/i],
        ]
        for (const [override, message] of cases) {
          const response = await failing(
            api.post("/admin/ocop/producers", producerBody({ name: "HTX Lỗi", ...override }), admin)
          )
          expect({ override, status: response.status }).toEqual({ override, status: 400 })
          expect(response.data.message).toMatch(message)
        }
        expect((await api.get("/admin/ocop/producers?limit=200", admin)).data.count).toBe(2)
      })

      it("answers 409 for a handle already taken", async () => {
        const response = await failing(api.post("/admin/ocop/producers", producerBody(), admin))
        expect(response.status).toBe(409)
        expect((await api.get("/admin/ocop/producers?limit=200", admin)).data.count).toBe(2)
      })

      it("finds producers without diacritics and filters by type and district", async () => {
        const byText = await api.get("/admin/ocop/producers?q=tam%20hoa", admin)
        expect(byText.data.producers.map((p: { name: string }) => p.name)).toEqual(["HTX Tâm Hòa"])
        const byType = await api.get("/admin/ocop/producers?type=ho_kinh_doanh", admin)
        expect(byType.data.producers.map((p: { handle: string }) => p.handle)).toEqual(["ho-kinh-doanh-son-tong"])
        const byDistrict = await api.get("/admin/ocop/producers?district=hoa_an,bao_lac", admin)
        expect(byDistrict.data.count).toBe(1)
      })

      it("updates a producer and refuses a malformed phone without changing anything", async () => {
        const producerId = producers["ho-kinh-doanh-son-tong"]
        const updated = await api.post(`/admin/ocop/producers/${producerId}`, { representative: "Lâm Thanh Quý" }, admin)
        expect(updated.data.producer.representative).toBe("Lâm Thanh Quý")
        const bad = await failing(api.post(`/admin/ocop/producers/${producerId}`, { phone: "0123" }, admin))
        expect(bad.status).toBe(400)
        const after = await api.get(`/admin/ocop/producers/${producerId}`, admin)
        expect(after.data.producer.phone).toBe("+842063852123")
        expect((await failing(api.get("/admin/ocop/producers/ocprd_missing", admin))).status).toBe(404)
      })

      it("invites a member by phone and stores only a hash of the token", async () => {
        const { status, data } = await api.post(
          `/admin/ocop/producers/${producers["htx-tam-hoa"]}/invites`,
          { phone: "+84 987 654 321", name: "Nông Thị Hoa", role: "owner" },
          admin
        )
        expect(status).toBe(201)
        expect(data.token).toMatch(/^[A-Za-z0-9_-]{20,}$/)
        expect(data.invite.phone).toBe("+84987654321")
        expect(data.invite.token_hash).toBeUndefined()
      })
    })

    describe("certificates (admin)", () => {
      it("certifies a product: 36-month expiry, issuer by criteria, producer link", async () => {
        const issued = addMonths(today, -6)
        const { status, data } = await api.post(
          "/admin/ocop/certificates",
          certificateBody(id("ruou-ngo-dai-hoang"), {
            producer_id: producers["htx-tam-hoa"],
            product_set: "ruou_trang",
            certificate_number: "OCOP-CB-RN-01",
            issued_at: issued,
          }),
          admin
        )
        expect(status).toBe(201)
        expect(data.certificate.expires_at).toBe(addMonths(issued, 36))
        expect(data.certificate.product_group).toBe("do_uong")
        expect(data.certificate.status).toBe("active")
        expect(data.certificate.issuer).toBe("UBND tỉnh Cao Bằng")
        expect(data.certificate.product.id).toBe(id("ruou-ngo-dai-hoang"))
        const ocop = await api.get(`/admin/ocop/products/${id("ruou-ngo-dai-hoang")}`, admin)
        expect(ocop.data.producer.id).toBe(producers["htx-tam-hoa"])
        expect(ocop.data.current_certificate.certificate_number).toBe("OCOP-CB-RN-01")
      })

      it("refuses each broken rule with a 400 and stores nothing", async () => {
        const cases: [string, Record<string, unknown>, RegExp][] = [
          ["stars 2", { stars: 2, score: null }, /stars must be 3, 4 or 5/],
          ["stars 6", { stars: 6, score: null }, /stars must be 3, 4 or 5/],
          ["score against stars", { stars: 4, score: 65 }, /score 65 earns 3 stars/],
          ["expiry before issue", { issued_at: "2024-05-01", expires_at: "2023-05-01" }, /expires_at/],
          ["unknown group", { product_group: "thao_duoc" }, /product group/],
          ["set outside its group", { product_group: "do_uong" }, /belongs to group/],
          ["impossible day", { issued_at: "2023-02-30" }, /issued_at/],
          ["missing decision", { decision_number: undefined }, /decision_number/],
        ]
        for (const [label, override, message] of cases) {
          const response = await failing(
            api.post(
              "/admin/ocop/certificates",
              certificateBody(id("ruou-ngo-dai-hoang"), { producer_id: producers["htx-tam-hoa"], ...override }),
              admin
            )
          )
          expect({ label, status: response.status }).toEqual({ label, status: 400 })
          expect(response.data.message).toMatch(message)
        }
        expect((await api.get("/admin/ocop/certificates?limit=200", admin)).data.count).toBe(4)
      })

      it("answers 409 for a duplicate number and 404 for an unknown product or producer", async () => {
        const body = { producer_id: producers["htx-tam-hoa"], product_set: "ruou_trang" }
        const duplicate = await failing(
          api.post(
            "/admin/ocop/certificates",
            certificateBody(id("ruou-ngo-dai-hoang"), { ...body, certificate_number: "OCOP-CB-NAM-01" }),
            admin
          )
        )
        expect(duplicate.status).toBe(409)
        expect((await failing(api.post("/admin/ocop/certificates", certificateBody("prod_missing", body), admin))).status).toBe(404)
        const noProducer = await failing(
          api.post(
            "/admin/ocop/certificates",
            certificateBody(id("ruou-ngo-dai-hoang"), { ...body, producer_id: "ocprd_missing" }),
            admin
          )
        )
        expect(noProducer.status).toBe(404)
        expect((await api.get("/admin/ocop/certificates?limit=200", admin)).data.count).toBe(4)
      })

      it("renews: the new certificate becomes current and the old one stays in the history", async () => {
        const old = await certificateByNumber("OCOP-CB-NAM-01")
        const { status, data } = await api.post(
          `/admin/ocop/certificates/${old.id}/renew`,
          { certificate_number: "OCOP-CB-NAM-02", decision_number: "2156/QĐ-UBND", issued_at: today },
          admin
        )
        expect(status).toBe(201)
        expect(data.certificate).toMatchObject({ is_current: true, stars: 4, certificate_number: "OCOP-CB-NAM-02" })
        expect(data.previous_certificate).toMatchObject({ is_current: false, superseded_at: today })
        const history = (await api.get(`/admin/ocop/products/${id("nam-huong-truc-mai")}`, admin)).data.certificates
        expect(history.map((c: { certificate_number: string }) => c.certificate_number)).toEqual([
          "OCOP-CB-NAM-02",
          "OCOP-CB-NAM-01",
        ])
        const again = await failing(
          api.post(
            `/admin/ocop/certificates/${old.id}/renew`,
            { certificate_number: "OCOP-CB-NAM-03", decision_number: "1/QĐ-UBND", issued_at: today },
            admin
          )
        )
        expect(again.status).toBe(400)
      })

      it("files a renewal (grace past expiry) and revokes only with a reason", async () => {
        const bk = await certificateByNumber("OCOP-CB-BK-01")
        const filed = await api.post(`/admin/ocop/certificates/${bk.id}/renewal-filing`, {}, admin)
        expect(filed.data.certificate.status).toBe("renewal_pending")
        expect(filed.data.certificate.renewal_filed_at).toBe(today)
        const noReason = await failing(api.post(`/admin/ocop/certificates/${bk.id}/revoke`, {}, admin))
        expect(noReason.status).toBe(400)
        const revoked = await api.post(
          `/admin/ocop/certificates/${bk.id}/revoke`,
          { reason: "Sử dụng sai nhãn hiệu OCOP" },
          admin
        )
        expect(revoked.data.certificate).toMatchObject({ status: "revoked", revocation_reason: "Sử dụng sai nhãn hiệu OCOP" })
      })

      it("lists certificates by status and by expiry window", async () => {
        const revoked = await api.get("/admin/ocop/certificates?status=revoked", admin)
        expect(revoked.data.certificates.map((c: { certificate_number: string }) => c.certificate_number)).toEqual([
          "OCOP-CB-MIEN-01",
        ])
        const expired = await api.get("/admin/ocop/certificates?status=expired", admin)
        expect(expired.data.certificates.map((c: { certificate_number: string }) => c.certificate_number)).toEqual([
          "OCOP-CB-HD-01",
        ])
        const window = await api.get(
          `/admin/ocop/certificates?expires_after=${addMonths(today, 29)}&expires_before=${addMonths(today, 31)}&order=certificate_number`,
          admin
        )
        expect(window.data.certificates.map((c: { certificate_number: string }) => c.certificate_number)).toEqual([
          "OCOP-CB-BK-01",
          "OCOP-CB-NAM-01",
        ])
        expect((await api.get("/admin/ocop/certificates?expiring_within_days=180", admin)).data.count).toBe(0)
        expect((await failing(api.get("/admin/ocop/certificates?status=gone", admin))).status).toBe(400)
      })

      it("detaches and attaches a certificate", async () => {
        const productId = id("nam-huong-truc-mai")
        const current = await certificateByNumber("OCOP-CB-NAM-01")
        await api.delete(`/admin/ocop/products/${productId}/certificates/${current.id}`, admin)
        expect((await api.get(`/admin/ocop/products/${productId}`, admin)).data.current_certificate).toBeNull()
        expect((await storeProducts("?stars=4")).count).toBe(0)
        const notLinked = await failing(api.delete(`/admin/ocop/products/${productId}/certificates/${current.id}`, admin))
        expect(notLinked.status).toBe(404)
        await api.post(`/admin/ocop/products/${productId}/certificates`, { certificate_id: current.id }, admin)
        expect((await api.get(`/admin/ocop/products/${productId}`, admin)).data.current_certificate.id).toBe(current.id)
        expect((await storeProducts("?stars=4")).count).toBe(1)
        const taken = await failing(
          api.post(`/admin/ocop/products/${id("ruou-ngo-dai-hoang")}/certificates`, { certificate_id: current.id }, admin)
        )
        expect(taken.status).toBe(409)
      })
    })

    describe("store catalogue", () => {
      it("needs the publishable key", async () => {
        expect((await failing(api.get("/store/ocop/products"))).status).toBe(400)
      })

      it("carries the OCOP badge only for a valid certificate", async () => {
        const { products, count } = await storeProducts("?limit=50")
        expect(count).toBe(STARTER_PRODUCTS.length)
        const byHandle = new Map(products.map((product) => [product.handle, product]))
        expect(byHandle.get("nam-huong-truc-mai")?.ocop).toMatchObject({
          stars: 4,
          certificate_number: "OCOP-CB-NAM-01",
          status: "active",
          group: "thuc_pham",
        })
        expect(byHandle.get("nam-huong-truc-mai")?.producer).toMatchObject({
          handle: "htx-tam-hoa",
          type: "hop_tac_xa",
          district: "hoa_an",
        })
        expect(byHandle.get("banh-khao-son-tong")?.ocop?.stars).toBe(3)
        expect(byHandle.get("hat-de-trung-khanh")?.ocop).toBeNull()
        expect(byHandle.get("hat-de-trung-khanh")?.producer?.handle).toBe("ho-kinh-doanh-son-tong")
        expect(byHandle.get("mien-dong-tan-viet-a")?.ocop).toBeNull()
        expect(byHandle.get("ruou-ngo-dai-hoang")?.ocop).toBeNull()
        expect(byHandle.get("ruou-ngo-dai-hoang")?.producer).toBeNull()
        expect(byHandle.get("banh-khao-son-tong")?.variants[0].calculated_price?.calculated_amount).toBe(85000)
      })

      it("filters by stars, group, district, producer type and producer, with facets for the filter", async () => {
        expect((await storeProducts("?stars=4")).products.map((p) => p.handle)).toEqual(["nam-huong-truc-mai"])
        expect((await storeProducts("?stars=3,4")).count).toBe(2)
        expect((await storeProducts("?stars=3&stars=4")).count).toBe(2)
        expect((await storeProducts("?group=do_uong")).count).toBe(0)
        expect((await storeProducts("?district=thanh_pho_cao_bang")).count).toBe(2)
        expect((await storeProducts("?producer_type=hop_tac_xa")).products.map((p) => p.handle)).toEqual([
          "nam-huong-truc-mai",
          "mien-dong-tan-viet-a",
        ])
        expect((await storeProducts("?producer=ho-kinh-doanh-son-tong&stars=3")).count).toBe(1)
        const withFacets = await storeProducts("?facets=true")
        expect(withFacets.facets).toEqual({
          stars: { "3": 1, "4": 1 },
          group: { thuc_pham: 4 },
          district: { hoa_an: 2, thanh_pho_cao_bang: 2 },
          producer_type: { hop_tac_xa: 2, ho_kinh_doanh: 2 },
        })
        const filteredFacets = await storeProducts("?facets=true&district=hoa_an")
        expect(filteredFacets.facets?.district).toEqual({ hoa_an: 2 })
        expect(filteredFacets.facets?.stars).toEqual({ "4": 1 })
      })

      it("sorts and paginates", async () => {
        const first = await storeProducts("?sort=price_asc&limit=2")
        expect(first.products.map((p) => p.handle)).toEqual(["mien-dong-tan-viet-a", "banh-khao-son-tong"])
        expect(first).toMatchObject({ count: 5, offset: 0, limit: 2 })
        const second = await storeProducts("?sort=price_asc&limit=2&offset=2")
        expect(second.products.map((p) => p.handle)).toEqual(["ruou-ngo-dai-hoang", "hat-de-trung-khanh"])
        expect((await storeProducts("?sort=stars&limit=1")).products[0].handle).toBe("nam-huong-truc-mai")
        expect((await storeProducts("?sort=price_desc&limit=1")).products[0].handle).toBe("nam-huong-truc-mai")
      })

      it("finds products by title without accents", async () => {
        expect((await storeProducts("?q=nam%20huong")).products.map((p) => p.handle)).toEqual(["nam-huong-truc-mai"])
        expect((await storeProducts("?q=RUOU%20NGO")).products.map((p) => p.handle)).toEqual(["ruou-ngo-dai-hoang"])
        expect((await storeProducts("?q=%25%27%3B%20drop")).count).toBe(0)
      })

      it("serves a product page's data: badge, label, producer details and related products", async () => {
        const { data } = await api.get("/store/ocop/products/nam-huong-truc-mai", store)
        expect(data.product.ocop).toMatchObject({ stars: 4, certificate_number: "OCOP-CB-NAM-01" })
        expect(data.product.producer).toMatchObject({ name: "HTX Tâm Hòa", phone: "+84912345678", zalo: "https://zalo.me/0912345678" })
        expect(data.product.variants[0].calculated_price.calculated_amount).toBe(180000)
        expect(data.product.shippable).toBe(true)
        expect(data.related.map((p: StoreProduct) => p.handle)).toEqual(["mien-dong-tan-viet-a"])
        const expired = await api.get("/store/ocop/products/hat-de-trung-khanh", store)
        expect(expired.data.product.ocop).toBeNull()
        expect((await failing(api.get("/store/ocop/products/khong-co", store))).status).toBe(404)
      })

      it("answers 400 for unknown or malformed filters", async () => {
        const cases: [string, RegExp][] = [
          ["?stars=2", /stars/],
          ["?stars=6", /stars/],
          ["?group=thao_duoc", /group/],
          ["?district=ha_noi", /district/],
          ["?producer_type=cong_ty", /producer_type/],
          ["?limit=500", /limit/],
          ["?sort=random", /sort/],
          ["?colour=red", /colour|Unrecognized/i],
        ]
        for (const [query, message] of cases) {
          const response = await failing(api.get(`/store/ocop/products${query}`, store))
          expect({ query, status: response.status }).toEqual({ query, status: 400 })
          expect(response.data.message).toMatch(message)
        }
      })

      it("drops the badge as soon as a certificate is revoked", async () => {
        const bk = await certificateByNumber("OCOP-CB-BK-01")
        await api.post(`/admin/ocop/certificates/${bk.id}/revoke`, { reason: "Sử dụng sai nhãn hiệu OCOP" }, admin)
        const product = (await storeProducts("?producer=ho-kinh-doanh-son-tong")).products.find(
          (p) => p.handle === "banh-khao-son-tong"
        )
        expect(product?.ocop).toBeNull()
        expect((await storeProducts("?stars=3")).count).toBe(0)
      })

      it("follows product changes by events: a new title, then unpublishing", async () => {
        const container = getContainer()
        const productId = id("ruou-ngo-dai-hoang")
        await updateProductsWorkflow(container).run({
          input: { selector: { id: productId }, update: { title: "Aaa Rượu ngô Đại Hoàng" } },
        })
        let first = ""
        for (let attempt = 0; attempt < 30 && first !== "ruou-ngo-dai-hoang"; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 100))
          first = (await storeProducts("?sort=title&limit=1")).products[0].handle
        }
        expect(first).toBe("ruou-ngo-dai-hoang")
        await updateProductsWorkflow(container).run({ input: { selector: { id: productId }, update: { status: "draft" } } })
        let count = STARTER_PRODUCTS.length
        for (let attempt = 0; attempt < 30 && count === STARTER_PRODUCTS.length; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 100))
          count = (await storeProducts()).count
        }
        expect(count).toBe(STARTER_PRODUCTS.length - 1)
      })
    })

    describe("store producers", () => {
      it("lists, filters and finds producers without diacritics", async () => {
        const all = await api.get("/store/ocop/producers", store)
        expect(all.data.count).toBe(2)
        expect(all.data.producers[0]).not.toHaveProperty("created_at")
        const found = await api.get("/store/ocop/producers?q=TAM%20HOA", store)
        expect(found.data.producers.map((p: { handle: string }) => p.handle)).toEqual(["htx-tam-hoa"])
        const byType = await api.get("/store/ocop/producers?type=ho_kinh_doanh&district=thanh_pho_cao_bang", store)
        expect(byType.data.count).toBe(1)
        expect((await failing(api.get("/store/ocop/producers?type=cong_ty", store))).status).toBe(400)
      })

      it("shows a producer with its published products, and 404 for an unknown handle", async () => {
        const { data } = await api.get("/store/ocop/producers/htx-tam-hoa", store)
        expect(data.producer.name).toBe("HTX Tâm Hòa")
        expect(data.producer.phone).toBe("+84912345678")
        expect(data.products.map((p: StoreProduct) => p.handle)).toEqual(["nam-huong-truc-mai", "mien-dong-tan-viet-a"])
        expect((await failing(api.get("/store/ocop/producers/khong-co", store))).status).toBe(404)
      })
    })

    describe("report", () => {
      it("counts products and producers with a valid certificate on the day asked", async () => {
        const now = (await api.get(`/admin/ocop/report?as_of=${today}`, admin)).data.report
        expect(now.products).toMatchObject({ total: 2, by_stars: { "3": 1, "4": 1 }, by_group: { thuc_pham: 2 } })
        expect(now.producers).toMatchObject({ total: 2, by_type: { hop_tac_xa: 1, ho_kinh_doanh: 1 } })
        expect(now.producers.share.hop_tac_xa).toEqual({ value: 0.5, target: 0.4, met: true })
        expect(now.producers.share.doanh_nghiep).toMatchObject({ value: 0, met: false })
        // When only the hạt dẻ certificate (now expired) was in force.
        const past = (await api.get(`/admin/ocop/report?as_of=${addMonths(today, -35)}`, admin)).data.report
        expect(past.products).toMatchObject({ total: 1, by_district: { thanh_pho_cao_bang: 1 } })
        // Before the miến dong revocation (today), it counted.
        const beforeRevocation = (await api.get(`/admin/ocop/report?as_of=${addDays(today, -1)}`, admin)).data.report
        expect(beforeRevocation.products.total).toBe(3)
        const later = (await api.get(`/admin/ocop/report?as_of=${addMonths(today, 27)}`, admin)).data.report
        expect(later.expiring.map((c: { certificate_number: string }) => c.certificate_number).sort()).toEqual([
          "OCOP-CB-BK-01",
          "OCOP-CB-NAM-01",
        ])
        expect((await failing(api.get("/admin/ocop/report?as_of=2024-13-01", admin))).status).toBe(400)
      })
    })

    describe("daily status job", () => {
      it("moves certificates as days pass, and a second run the same day changes nothing", async () => {
        const container = getContainer()
        const inTwentySevenMonths = addMonths(today, 27)
        const { result } = await refreshCertificateStatusesWorkflow(container).run({ input: { today: inTwentySevenMonths } })
        // Nấm hương and bánh khảo (issued 6 months ago) are within 180 days of expiry by then.
        expect(result.changed.map((change) => change.status).sort()).toEqual(["expiring", "expiring"])
        const list = await api.get("/admin/ocop/certificates?status=expiring", admin)
        expect(list.data.certificates.map((c: { certificate_number: string }) => c.certificate_number).sort()).toEqual([
          "OCOP-CB-BK-01",
          "OCOP-CB-NAM-01",
        ])
        const again = await refreshCertificateStatusesWorkflow(container).run({ input: { today: inTwentySevenMonths } })
        expect(again.result.changed).toEqual([])
        const back = await refreshCertificateStatusesWorkflow(container).run({ input: {} })
        expect(back.result.changed).toHaveLength(2)
      })
    })

    describe("status rules: SQL and TypeScript agree", () => {
      it("shows a badge exactly when statusOn() allows it, at the 36-month and grace edges", async () => {
        const cases = [
          { issued_at: addMonths(today, -36), renewal_filed_at: null },
          { issued_at: addDays(addMonths(today, -36), 1), renewal_filed_at: null },
          { issued_at: addMonths(addDays(today, -179), -36), renewal_filed_at: addDays(today, -200) },
          { issued_at: addMonths(addDays(today, -180), -36), renewal_filed_at: addDays(today, -400) },
        ]
        for (const [index, dates] of cases.entries()) {
          const created = await api.post(
            "/admin/ocop/certificates",
            certificateBody(id("ruou-ngo-dai-hoang"), {
              producer_id: producers["htx-tam-hoa"],
              stars: 3,
              score: null,
              product_set: "ruou_trang",
              certificate_number: `OCOP-EDGE-${index}`,
              ...dates,
            }),
            admin
          )
          const expected = mayShowBadge(
            statusOn({ expires_at: created.data.certificate.expires_at, renewal_filed_at: dates.renewal_filed_at }, today)
          )
          const product = (await storeProducts("?limit=50")).products.find((p) => p.handle === "ruou-ngo-dai-hoang")
          expect({ index, badge: product?.ocop !== null }).toEqual({ index, badge: expected })
        }
      })
    })
  },
})
