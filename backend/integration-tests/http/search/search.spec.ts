import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it } from "vitest"
import { addDays, addMonths, vietnamDay } from "../../../src/modules/ocop/domain/dates"
import { seedProducts } from "../../../src/scripts/seeding/seed-products"
import { seedShopSetup, type ShopSetup } from "../../../src/scripts/seeding/shop-setup"
import { STARTER_PRODUCTS, type StarterProduct } from "../../../src/scripts/seeding/starter-products"
import { adminHeaders, failing } from "../../helpers/admin"
import { appModule } from "../../helpers/app-module"

const { certifyProductWorkflow } = appModule<typeof import("../../../src/workflows/certify-product")>(
  "./src/workflows/certify-product"
)
const { createProducerWorkflow } = appModule<typeof import("../../../src/workflows/create-producer")>(
  "./src/workflows/create-producer"
)
const { revokeCertificateWorkflow } = appModule<typeof import("../../../src/workflows/revoke-certificate")>(
  "./src/workflows/revoke-certificate"
)

type Headers = { headers: Record<string, string> }
type Segment = { text: string; match: boolean }
type SearchProduct = {
  id: string
  handle: string
  title: string
  ocop: null | { stars: number; status: string; group: string }
  producer: null | { handle: string; name: string; district: string; type: string }
  price_vnd: number | null
  highlight: { title: Segment[] }
}
type SearchPage = {
  products: SearchProduct[]
  count: number
  offset: number
  limit: number
  facets?: Record<string, Record<string, number>>
  suggestion: string | null
}

const today = vietnamDay()

const product = (handle: string, title: string, description: string, price: number): StarterProduct => ({
  handle,
  title,
  subtitle: "Gói 500 g",
  description,
  sku: handle.toUpperCase(),
  price,
  stock: 20,
  weight: 550,
})

/** Ranking and validity cases around the five starter products. */
const EXTRA_PRODUCTS: StarterProduct[] = [
  product(
    "che-lam-ha-quang",
    "Chè lam Hà Quảng",
    "Chè lam làm từ gạo nếp, gừng và mật mía; dẻo hơn bánh khảo, ăn kèm trà.",
    55000
  ),
  product("thit-de-bao-lac", "Thịt dê núi Bảo Lạc", "Dê thả đồi, thịt săn chắc, sấy gác bếp.", 350000),
  product("hat-de-rang-ha-lang", "Hạt dẻ rang Hạ Lang", "Hạt dẻ rang củi, chứng nhận đã hết hạn.", 140000),
  product("mien-dong-nguyen-binh", "Miến dong Nguyên Bình", "Miến dong bị thu hồi chứng nhận.", 60000),
  product("ruou-ngo-men-la", "Rượu ngô men lá Thông Nông", "Rượu ngô chưa được chứng nhận OCOP.", 110000),
]

const VALID = [
  "banh-khao-son-tong",
  "nam-huong-truc-mai",
  "mien-dong-tan-viet-a",
  "hat-de-trung-khanh",
  "ruou-ngo-dai-hoang",
  "che-lam-ha-quang",
  "thit-de-bao-lac",
]

const producerBody = (overrides: Record<string, unknown>) => ({
  name: "HTX Tâm Hòa",
  type: "hop_tac_xa",
  district: "hoa_an",
  commune: "Nam Tuấn",
  address: "Xóm Nà Lẹng",
  phone: "0912 345 678",
  zalo: "0912345678",
  story: "Hợp tác xã của người Tày.",
  ...overrides,
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let setup: ShopSetup
    let admin: Headers
    let store: Headers
    const productIds = new Map<string, string>()
    const producers: Record<string, string> = {}

    /**
     * Seven valid OCOP products (the five starters, chè lam whose description
     * mentions bánh khảo, thịt dê), one expired (hạt dẻ rang), one revoked
     * (miến dong Nguyên Bình) and one uncertified (rượu ngô men lá).
     */
    beforeAll(async () => {
      const container = getContainer()
      setup = await seedShopSetup(container)
      const ids = await seedProducts(container, setup, [...STARTER_PRODUCTS, ...EXTRA_PRODUCTS])
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id", "handle"], filters: { id: ids } })
      for (const row of data) productIds.set(row.handle, row.id)
      admin = await adminHeaders(container, api)
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }

      for (const body of [
        producerBody({}),
        producerBody({ name: "Hộ kinh doanh Sơn Tòng", type: "ho_kinh_doanh", district: "thanh_pho_cao_bang", commune: "Thục Phán", zalo: null }),
        producerBody({ name: "HTX Dê núi Bảo Lạc", district: "bao_lac", commune: "Hưng Đạo", zalo: null }),
      ]) {
        const { result } = await createProducerWorkflow(container).run({ input: body as never })
        producers[result.handle] = result.id
      }
      const certify = async (handle: string, producer: string, certificate: Record<string, unknown>) =>
        (
          await certifyProductWorkflow(container).run({
            input: {
              product_id: productIds.get(handle) as string,
              producer_id: producers[producer],
              certificate: {
                decision_number: "124/QĐ-UBND",
                issued_at: addMonths(today, -6),
                stars: 3,
                certificate_number: `OCOP-SEARCH-${handle.toUpperCase()}`,
                ...certificate,
              } as never,
            },
          })
        ).result
      await certify("nam-huong-truc-mai", "htx-tam-hoa", { stars: 4, score: 74, product_set: "mat_ong_nong_san_khac" })
      await certify("banh-khao-son-tong", "ho-kinh-doanh-son-tong", { product_set: "che_bien_tu_gao_ngu_coc" })
      await certify("hat-de-trung-khanh", "ho-kinh-doanh-son-tong", { product_set: "rau_cu_qua_hat_tuoi" })
      await certify("mien-dong-tan-viet-a", "htx-tam-hoa", { stars: 4, score: 72, product_set: "che_bien_tu_rau_cu_qua_hat" })
      await certify("ruou-ngo-dai-hoang", "htx-tam-hoa", { product_set: "ruou_trang" })
      await certify("che-lam-ha-quang", "ho-kinh-doanh-son-tong", { product_set: "che_bien_tu_gao_ngu_coc" })
      await certify("thit-de-bao-lac", "htx-de-nui-bao-lac", { product_set: "che_bien_tu_thit_trung_sua_thuy_san" })
      await certify("hat-de-rang-ha-lang", "ho-kinh-doanh-son-tong", {
        product_set: "rau_cu_qua_hat_tuoi",
        issued_at: addDays(addMonths(today, -36), -1),
      })
      const revoked = await certify("mien-dong-nguyen-binh", "htx-tam-hoa", { product_set: "che_bien_tu_rau_cu_qua_hat" })
      await revokeCertificateWorkflow(container).run({ input: { certificate_id: revoked.id, reason: "Vi phạm ghi nhãn" } })

      // Every document current before the runner snapshots the database: a
      // full rebuild, then the events still in flight.
      await container.resolve<ISearchModuleService>(Modules.SEARCH).reindex({ index: "product" })
      await waitFor(async () => (await search("?limit=50")).count === VALID.length)
    })

    const search = async (query = "") => (await api.get(`/store/ocop/search${query}`, store)).data as SearchPage
    const handles = async (query: string) => (await search(query)).products.map((p) => p.handle)
    const q = (text: string, rest = "") => `?q=${encodeURIComponent(text)}${rest}`

    async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<number> {
      const startedAt = Date.now()
      while (Date.now() - startedAt < timeoutMs) {
        if (await check()) return Date.now() - startedAt
        await sleep(100)
      }
      throw new Error(`condition not met within ${timeoutMs} ms`)
    }

    describe("matching Vietnamese without accents", () => {
      it("finds the specialties typed without accents, in any case", async () => {
        expect((await handles(q("banh khao")))[0]).toBe("banh-khao-son-tong")
        expect((await handles(q("BANH KHAO")))[0]).toBe("banh-khao-son-tong")
        expect((await handles(q("bánh khảo")))[0]).toBe("banh-khao-son-tong")
        expect(await handles(q("nam huong"))).toEqual(["nam-huong-truc-mai"])
        expect((await handles(q("hat de trung khanh")))[0]).toBe("hat-de-trung-khanh")
        expect(await handles(q("ruou ngo"))).toEqual(["ruou-ngo-dai-hoang"])
        expect(await handles(q("mien dong"))).toEqual(["mien-dong-tan-viet-a"])
      })

      it("folds đ to d, and matches producer, place and group too", async () => {
        expect(await handles(q("dai hoang"))).toEqual(["ruou-ngo-dai-hoang"])
        expect(await handles(q("Đại Hoàng"))).toEqual(["ruou-ngo-dai-hoang"])
        expect(await handles(q("ruou ngo dai hoang"))).toEqual(["ruou-ngo-dai-hoang"])
        expect((await handles(q("son tong"))).sort()).toEqual(["banh-khao-son-tong", "che-lam-ha-quang", "hat-de-trung-khanh"])
        expect(await handles(q("bao lac"))).toEqual(["thit-de-bao-lac"])
        expect(await handles(q("do uong"))).toEqual(["ruou-ngo-dai-hoang"])
        expect(await handles(q("banh-khao"))).toContain("banh-khao-son-tong")
      })

      it("forgives small typos", async () => {
        expect((await handles(q("banh khoa")))[0]).toBe("banh-khao-son-tong")
        expect((await handles(q("nam huog")))[0]).toBe("nam-huong-truc-mai")
        expect((await handles(q("mien dogn")))[0]).toBe("mien-dong-tan-viet-a")
        expect((await handles(q("hat de trung khan")))[0]).toBe("hat-de-trung-khanh")
        expect(await handles(q("xyzzy qwerty"))).toEqual([])
      })

      it("also serves the catalogue's text search (certified or not)", async () => {
        const catalogue = async (query: string) =>
          ((await api.get(`/store/ocop/products${query}`, store)).data as { products: SearchProduct[] }).products.map(
            (p) => p.handle
          )
        expect((await catalogue(q("banh khoa")))[0]).toBe("banh-khao-son-tong")
        expect((await catalogue(q("ruou ngo men la")))[0]).toBe("ruou-ngo-men-la")
        expect((await catalogue(q("ruou ngo"))).sort()).toEqual(["ruou-ngo-dai-hoang", "ruou-ngo-men-la"])
        expect(await catalogue(q("ruou ngo", "&stars=3"))).toEqual(["ruou-ngo-dai-hoang"])
      })
    })

    describe("ranking", () => {
      it("puts a title match above a description match", async () => {
        const found = await handles(q("banh khao"))
        expect(found).toEqual(["banh-khao-son-tong", "che-lam-ha-quang"])
      })

      it("puts exact accents first when the shopper types them", async () => {
        expect((await handles(q("dê")))[0]).toBe("thit-de-bao-lac")
        expect((await handles(q("dẻ")))[0]).toBe("hat-de-trung-khanh")
      })

      it("highlights the matched words of each title as plain segments", async () => {
        const [first] = (await search(q("banh khoa"))).products
        expect(first.highlight.title).toEqual([
          { text: "Bánh khảo", match: true },
          { text: " Sơn Tòng", match: false },
        ])
      })

      it("suggests what the shopper probably meant when little is found", async () => {
        expect((await search(q("nam huog"))).suggestion).toBe("Nấm hương")
        expect((await search(q("banh khoa"))).suggestion).toBe("Bánh khảo")
        expect((await search(q("nam huong"))).suggestion).toBeNull()
        expect((await search(q("xyzzy qwerty"))).suggestion).toBeNull()
      })
    })

    describe("filters, facets and validity", () => {
      it("returns only products whose certificate is valid today", async () => {
        const all = await search("?limit=50")
        expect(all.products.map((p) => p.handle).sort()).toEqual([...VALID].sort())
        expect(all.products.every((p) => p.ocop !== null)).toBe(true)
        expect(await handles(q("hat de rang ha lang"))).not.toContain("hat-de-rang-ha-lang")
        expect(await handles(q("mien dong nguyen binh"))).not.toContain("mien-dong-nguyen-binh")
        expect(await handles(q("thong nong"))).not.toContain("ruou-ngo-men-la")
      })

      it("answers catalogue cards (the cheapest price from the index), in the catalogue's order without a query", async () => {
        const found = await search("?limit=50")
        const catalogue = (await api.get("/store/ocop/products?stars=3,4,5&limit=50", store)).data as {
          products: (SearchProduct & { subtitle: string | null; thumbnail: string | null; variants: { calculated_price: { calculated_amount: number } }[] })[]
        }
        expect(found.products.map((p) => p.handle)).toEqual(catalogue.products.map((p) => p.handle))
        for (const [index, { highlight, price_vnd, ...card }] of found.products.entries()) {
          const { variants, ...catalogueCard } = catalogue.products[index]
          expect(highlight.title).toEqual([{ text: card.title, match: false }])
          expect(card).toEqual(catalogueCard)
          expect(price_vnd).toBe(Math.min(...variants.map((variant) => variant.calculated_price.calculated_amount)))
        }
      })

      it("filters by stars, group, district, producer type and price, with facets for the filter", async () => {
        expect((await handles("?stars=4")).sort()).toEqual(["mien-dong-tan-viet-a", "nam-huong-truc-mai"])
        expect(await handles("?group=do_uong")).toEqual(["ruou-ngo-dai-hoang"])
        expect(await handles("?district=bao_lac")).toEqual(["thit-de-bao-lac"])
        expect((await search("?producer_type=ho_kinh_doanh")).count).toBe(3)
        expect(await handles("?price_min=100000&price_max=160000&sort=price_asc")).toEqual([
          "ruou-ngo-dai-hoang",
          "hat-de-trung-khanh",
        ])
        expect((await handles(q("mien", "&stars=3")))).toEqual([])
        const facets = (await search("?facets=true")).facets
        expect(facets).toEqual({
          stars: { "3": 5, "4": 2 },
          group: { thuc_pham: 6, do_uong: 1 },
          district: { hoa_an: 3, thanh_pho_cao_bang: 3, bao_lac: 1 },
          producer_type: { hop_tac_xa: 4, ho_kinh_doanh: 3 },
        })
        const narrowed = await search(q("banh khao", "&facets=true"))
        expect(narrowed.facets?.district).toEqual({ thanh_pho_cao_bang: 2 })
      })

      it("sorts and paginates", async () => {
        const first = await search("?sort=price_asc&limit=2")
        expect(first.products.map((p) => p.handle)).toEqual(["che-lam-ha-quang", "mien-dong-tan-viet-a"])
        expect(first).toMatchObject({ count: 7, offset: 0, limit: 2 })
        expect((await handles("?sort=price_desc&limit=1"))[0]).toBe("thit-de-bao-lac")
        expect((await handles("?sort=stars&limit=2")).sort()).toEqual(["mien-dong-tan-viet-a", "nam-huong-truc-mai"])
        expect((await handles("?sort=title&limit=2"))).toEqual(["banh-khao-son-tong", "che-lam-ha-quang"])
        expect((await search("?sort=title&limit=2&offset=6")).products.map((p) => p.handle)).toEqual(["thit-de-bao-lac"])
      })
    })

    describe("bad input", () => {
      it("treats long, control-laden or syntax-laden text as text", async () => {
        const long = await search(q(`banh khao ${"x".repeat(1000)}`))
        expect(long.products.every((p) => p.handle === "banh-khao-son-tong")).toBe(true)
        expect((await handles(q("banh\u0000 khao\u0007\n")))[0]).toBe("banh-khao-son-tong")
        for (const text of ["'; DROP TABLE product; --", "%' OR '1'='1", 'stars = 5 OR title = "x"', "title:banh AND (stars > 3)", "\\%_*"]) {
          const response = await api.get(`/store/ocop/search${q(text)}`, store)
          expect({ text, status: response.status }).toEqual({ text, status: 200 })
        }
        expect((await search(q("%%%"))).count).toBe(VALID.length)
      })

      it("answers 400 with a message for unknown filter values", async () => {
        const cases: [string, RegExp][] = [
          ["?stars=2", /stars/],
          ["?group=thao_duoc", /group/],
          ["?district=ha_noi", /district/],
          ["?producer_type=cong_ty", /producer_type/],
          ["?sort=random", /sort/],
          ["?limit=500", /limit/],
          ["?colour=red", /colour|Unrecognized/i],
        ]
        for (const [query, message] of cases) {
          const response = await failing(api.get(`/store/ocop/search${query}`, store))
          expect({ query, status: response.status }).toEqual({ query, status: 400 })
          expect(response.data.message).toMatch(message)
        }
      })
    })

    describe("suggestions as you type", () => {
      it("suggests products from the first characters and producers by name", async () => {
        const suggest = async (text: string) => (await api.get(`/store/ocop/search/suggest${q(text)}`, store)).data
        const banh = await suggest("banh kh")
        expect(banh.products[0]).toMatchObject({ handle: "banh-khao-son-tong", title: "Bánh khảo Sơn Tòng", stars: 3 })
        expect(banh.products[0].thumbnail === null || typeof banh.products[0].thumbnail === "string").toBe(true)
        expect((await suggest("b")).products.length).toBeLessThanOrEqual(5)
        expect((await suggest("ruou")).products.map((p: { handle: string }) => p.handle)).toEqual(["ruou-ngo-dai-hoang"])
        const tamHoa = await suggest("tam hoa")
        expect(tamHoa.producers).toEqual([{ handle: "htx-tam-hoa", name: "HTX Tâm Hòa", type: "hop_tac_xa" }])
        expect(await suggest("")).toEqual({ products: [], producers: [] })
      })
    })

    describe("following changes", () => {
      it("finds a product by its new title within seconds of an admin edit", async () => {
        const id = productIds.get("nam-huong-truc-mai") as string
        await api.post(`/admin/products/${id}`, { title: "Nấm hương rừng Phja Oắc" }, admin)
        const waited = await waitFor(async () => (await handles(q("phja oac"))).includes("nam-huong-truc-mai"))
        expect(waited).toBeLessThan(5000)
      })

      it("drops a product within seconds of its certificate being revoked", async () => {
        const { certificates } = (await api.get("/admin/ocop/certificates?q=OCOP-SEARCH-BANH", admin)).data
        await api.post(`/admin/ocop/certificates/${certificates[0].id}/revoke`, { reason: "Sai nhãn" }, admin)
        const waited = await waitFor(async () => !(await handles(q("banh khao"))).includes("banh-khao-son-tong"))
        expect(waited).toBeLessThan(5000)
      })

      it("follows a producer's new name and a new price within seconds", async () => {
        await api.post(`/admin/ocop/producers/${producers["htx-de-nui-bao-lac"]}`, { name: "HTX Chăn nuôi Khau Cốc" }, admin)
        await waitFor(async () => (await handles(q("khau coc"))).includes("thit-de-bao-lac"))
        const id = productIds.get("che-lam-ha-quang") as string
        const { product: detail } = (await api.get(`/admin/products/${id}?fields=variants.id`, admin)).data
        await api.post(
          `/admin/products/${id}/variants/${detail.variants[0].id}`,
          { prices: [{ amount: 500000, currency_code: "vnd" }] },
          admin
        )
        await waitFor(async () => (await handles("?price_min=400000")).includes("che-lam-ha-quang"))
        // Result cards carry the index's price, so it follows the edit too.
        await waitFor(async () => (await search(q("che lam ha quang"))).products.find((p) => p.handle === "che-lam-ha-quang")?.price_vnd === 500000)
      })

      it("keeps to what can be bought now with in_stock=true, following a stock change within seconds", async () => {
        expect(await handles(q("banh khao", "&in_stock=true"))).toContain("banh-khao-son-tong")
        const id = productIds.get("banh-khao-son-tong") as string
        const { product: detail } = (await api.get(`/admin/products/${id}?fields=variants.inventory_items.inventory_item_id`, admin)).data
        const itemId = detail.variants[0].inventory_items[0].inventory_item_id as string
        const { inventory_levels: levels } = (await api.get(`/admin/inventory-items/${itemId}/location-levels`, admin)).data
        await api.post(`/admin/inventory-items/${itemId}/location-levels/${levels[0].location_id}`, { stocked_quantity: 0 }, admin)
        await waitFor(async () => !(await handles(q("banh khao", "&in_stock=true"))).includes("banh-khao-son-tong"))
        // Sold out is not hidden from a plain search: the shopper sees it and its state.
        expect(await handles(q("banh khao"))).toContain("banh-khao-son-tong")
        expect((await failing(api.get("/store/ocop/search?in_stock=maybe", store))).status).toBe(400)
      })

      it("rebuilds the index from the admin route", async () => {
        const response = await api.post("/admin/search-indexes/product/reindex", {}, admin)
        expect(response.status).toBe(202)
        await waitFor(async () => {
          const { data } = await api.get("/admin/search-indexes", admin)
          return (data.search_indexes ?? data.indexes ?? []).some((index: { name: string; status: string }) => index.name === "product" && index.status === "ready")
        })
        expect((await handles(q("banh khao")))[0]).toBe("banh-khao-son-tong")
      })
    })
  },
})
