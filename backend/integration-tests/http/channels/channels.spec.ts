import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { beforeAll, describe, expect, it } from "vitest"
import { addMonths, vietnamDay } from "../../../src/modules/ocop/domain/dates"
import { seedShopSetup, type ShopSetup } from "../../../src/scripts/seeding/shop-setup"
import { adminHeaders, failing } from "../../helpers/admin"
import { appModule } from "../../helpers/app-module"

const { certifyProductWorkflow } = appModule<typeof import("../../../src/workflows/certify-product")>(
  "./src/workflows/certify-product"
)
const { createProducerWorkflow } = appModule<typeof import("../../../src/workflows/create-producer")>(
  "./src/workflows/create-producer"
)
const { markChannelCertificateChangeWorkflow } = appModule<
  typeof import("../../../src/workflows/mark-channel-certificate-change")
>("./src/workflows/mark-channel-certificate-change")
const { default: reconcileChannelStockJob } = appModule<typeof import("../../../src/jobs/reconcile-channel-stock")>(
  "./src/jobs/reconcile-channel-stock"
)

type Headers = { headers: Record<string, string> }
type Listing = {
  id: string
  variant_id: string
  sku: string
  desired_stock: number | null
  last_pushed_stock: number | null
  needs_push: boolean
  push_reasons: string[]
  claims_ocop: boolean
  status: string
  last_error: { message: string; request_id: string | null } | null
}
type Raw = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

const today = vietnamDay()
const SHOPEE_TOKEN = "59777174636562737266615546704c6d"
const SHOPEE_REFRESH = "4d6c704655616672736265636f747759"

/** Two products of one cooperative, stock at its own warehouse: miến 20, chè 10. */
const PRODUCTS = [
  { handle: "mien-dong-kenh-ban", title: "Miến dong Kênh Bán", sku: "CB-MIEN-500", price: 65000, stock: 20, stars: 4, score: 74 },
  { handle: "che-shan-kenh-ban", title: "Chè Shan tuyết Kênh Bán", sku: "CB-CHE-100", price: 150000, stock: 10, stars: 3, score: 60 },
]

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error("condition not met in time")
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let setup: ShopSetup
    let admin: Headers
    let secretKey: string
    let producerId: string
    let locationId: string
    const variants: Record<string, string> = {}
    const inventoryItems: Record<string, string> = {}
    const certificates: Record<string, string> = {}
    const productIds: Record<string, string> = {}

    beforeAll(async () => {
      const container: MedusaContainer = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      setup = await seedShopSetup(container)
      const { result: producer } = await createProducerWorkflow(container).run({
        input: {
          name: "HTX Kênh Bán",
          type: "hop_tac_xa",
          district: "hoa_an",
          commune: "Nam Tuấn",
          address: "Xóm Nà Lẹng",
          phone: "0912 345 678",
        } as never,
      })
      producerId = producer.id
      const { data: producerRows } = await query.graph({
        entity: "ocop_producer",
        fields: ["stock_location.id"],
        filters: { id: producerId },
      })
      locationId = (producerRows[0] as { stock_location: { id: string } }).stock_location.id

      const { result } = await createProductsWorkflow(container).run({
        input: {
          products: PRODUCTS.map((product) => ({
            title: product.title,
            handle: product.handle,
            description: `${product.title}, đặc sản Cao Bằng.`,
            status: ProductStatus.PUBLISHED,
            thumbnail: `/static/${product.handle}.jpg`,
            images: [{ url: `https://cdn.ocop.test/${product.handle}-2.jpg` }],
            weight: 550,
            length: 20,
            width: 12,
            height: 6,
            shipping_profile_id: setup.shippingProfileId,
            sales_channels: [{ id: setup.salesChannelId }],
            metadata: {
              label: { net_quantity: "Gói 500 g", shelf_life: "12 tháng", origin: "Xã Nam Tuấn, tỉnh Cao Bằng" },
            },
            options: [{ title: "Quy cách", values: ["Gói 500 g"] }],
            variants: [
              {
                title: "Gói 500 g",
                sku: product.sku,
                manage_inventory: true,
                options: { "Quy cách": "Gói 500 g" },
                prices: [{ amount: product.price, currency_code: "vnd" }],
              },
            ],
          })),
        },
      })
      const { data: variantRows } = await query.graph({
        entity: "product_variant",
        fields: ["id", "sku", "product_id", "inventory_items.inventory_item_id"],
        filters: { product_id: result.map((product) => product.id) },
      })
      for (const row of variantRows as { id: string; sku: string; product_id: string; inventory_items: { inventory_item_id: string }[] }[]) {
        variants[row.sku] = row.id
        inventoryItems[row.sku] = row.inventory_items[0].inventory_item_id
        productIds[row.sku] = row.product_id
      }
      await createInventoryLevelsWorkflow(container).run({
        input: {
          inventory_levels: PRODUCTS.map((product) => ({
            inventory_item_id: inventoryItems[product.sku],
            location_id: locationId,
            stocked_quantity: product.stock,
          })),
        },
      })
      for (const [index, product] of PRODUCTS.entries()) {
        const { result: certificate } = await certifyProductWorkflow(container).run({
          input: {
            product_id: productIds[product.sku],
            producer_id: producerId,
            certificate: {
              stars: product.stars,
              score: product.score,
              product_set: index === 0 ? "che_bien_tu_rau_cu_qua_hat" : "che_tuoi_che_bien",
              certificate_number: `OCOP-KB-0${index + 1}`,
              decision_number: "124/QĐ-UBND",
              issued_at: addMonths(today, -6),
            },
          } as never,
        })
        certificates[product.sku] = certificate.id
      }
      admin = await adminHeaders(container, api)
      const { result: keys } = await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: "Channel CLI", type: "secret", created_by: "" }] },
      })
      secretKey = keys[0].token
    })

    const createAccount = async (body: Record<string, unknown>) =>
      (await api.post("/admin/channels/accounts", body, admin)).data.account as { id: string } & Record<string, unknown>
    const shopee = () =>
      createAccount({
        platform: "shopee",
        shop_id: "14701711",
        name: "OCOP Cao Bằng trên Shopee",
        access_token: SHOPEE_TOKEN,
        refresh_token: SHOPEE_REFRESH,
        access_expires_at: "2030-01-01T04:00:00Z",
        refresh_expires_at: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        authorisation_expires_at: "2030-12-01T00:00:00Z",
      })
    /** Lazada keeps 2 units back and is offered half the rest; it unlists on an invalid certificate. */
    const lazada = () =>
      createAccount({
        platform: "lazada",
        shop_id: "VN1234",
        name: "OCOP Cao Bằng trên Lazada",
        producer_id: producerId,
        stock_reserve: 2,
        stock_percent: 50,
        on_invalid_certificate: "unlist",
      })
    const listings = async (accountId: string, query = "") =>
      (await api.get(`/admin/channels/accounts/${accountId}/listings${query}`, admin)).data as {
        listings: Listing[]
        count: number
        offset: number
        limit: number
      }
    const listingOf = async (accountId: string, sku: string) =>
      (await listings(accountId)).listings.find((listing) => listing.sku === sku) as Listing
    const report = (accountId: string, rows: Record<string, unknown>[]) =>
      api.post(`/admin/channels/accounts/${accountId}/listings/batch`, { listings: rows }, admin)
    const reserved = async (sku: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "inventory_level",
        fields: ["reserved_quantity", "stocked_quantity"],
        filters: { inventory_item_id: inventoryItems[sku], location_id: locationId },
      })
      return Number((data[0] as { reserved_quantity: number }).reserved_quantity)
    }
    const orderBody = (externalId: string, quantity: number, sku = "CB-MIEN-500") => ({
      external_order_id: externalId,
      lines: [{ sku, quantity, unit_price_vnd: 69000 }],
      buyer: { name: "Nguyễn Văn An", phone: "0912345678" },
      shipping_address: { full_name: "Nguyễn Văn An", phone: "0912345678", address_1: "12 Phố Huế", city: "Hà Nội" },
    })

    describe("accounts", () => {
      it("never echoes tokens, stores them sealed, and warns before the refresh token ends", async () => {
        const { status, data } = await api.post(
          "/admin/channels/accounts",
          {
            platform: "shopee",
            shop_id: "14701711",
            name: "OCOP Cao Bằng trên Shopee",
            access_token: SHOPEE_TOKEN,
            refresh_token: SHOPEE_REFRESH,
            refresh_expires_at: new Date(Date.now() + 3 * 86_400_000).toISOString(),
          },
          admin
        )
        expect(status).toBe(201)
        const listed = await api.get("/admin/channels/accounts", admin)
        for (const body of [data, listed.data, (await api.get(`/admin/channels/accounts/${data.account.id}`, admin)).data]) {
          const text = JSON.stringify(body)
          expect(text).not.toContain(SHOPEE_TOKEN)
          expect(text).not.toContain(SHOPEE_REFRESH)
          expect(text).not.toContain("sealed")
        }
        expect(data.account).toMatchObject({ has_access_token: true, has_refresh_token: true, stock_percent: 100 })
        expect(data.account.token_warnings).toEqual([expect.objectContaining({ token: "refresh", level: "soon" })])
        expect(listed.data).toMatchObject({ count: 1, offset: 0, limit: 50 })

        const { rows } = await (dbConnection as Raw).raw(
          "select access_token_sealed, refresh_token_sealed from channel_account where id = ?",
          [data.account.id]
        )
        expect(String(rows[0].access_token_sealed)).toMatch(/^v1\./)
        expect(String(rows[0].access_token_sealed)).not.toContain(SHOPEE_TOKEN)
        expect(String(rows[0].refresh_token_sealed)).not.toContain(SHOPEE_REFRESH)
        const service = getContainer().resolve<{ openToken: (sealed: string) => string }>("channels")
        expect(service.openToken(String(rows[0].access_token_sealed))).toBe(SHOPEE_TOKEN)

        // New tokens after a re-authorisation replace the old ones, still sealed; the same shop twice is a 422.
        await api.post(`/admin/channels/accounts/${data.account.id}`, { access_token: "new-access-token-1" }, admin)
        const after = await (dbConnection as Raw).raw("select access_token_sealed from channel_account where id = ?", [data.account.id])
        expect(service.openToken(String(after.rows[0].access_token_sealed))).toBe("new-access-token-1")
        const duplicate = await failing(api.post("/admin/channels/accounts", { platform: "shopee", shop_id: "14701711", name: "Lần hai" }, admin))
        expect(duplicate.status).toBe(422)
        expect(duplicate.data.message).toMatch(/shopee shop 14701711 is already connected/)
      })

      it("accepts a secret API key over Basic auth and refuses anonymous or Bearer-sent keys", async () => {
        const basic = { headers: { authorization: `Basic ${Buffer.from(`${secretKey}:`).toString("base64")}` } }
        const created = await api.post("/admin/channels/accounts", { platform: "postmart", name: "Postmart Cao Bằng" }, basic)
        expect(created.status).toBe(201)
        expect((await api.get("/admin/channels/accounts", basic)).data.count).toBe(1)
        expect((await failing(api.get("/admin/channels/accounts"))).status).toBe(401)
        expect((await failing(api.get("/admin/channels/accounts", { headers: { authorization: `Bearer ${secretKey}` } }))).status).toBe(401)
      })

      it("answers 400 naming the field for bad input, 404 for an unknown account", async () => {
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ platform: "tiki", name: "Tiki" }, /platform/],
          [{ platform: "shopee", name: "Không có shop" }, /shop_id is required/],
          [{ platform: "voso", name: "Voso", stock_percent: 0 }, /stock_percent/],
          [{ platform: "voso", name: "Voso", stock_reserve: -1 }, /stock_reserve/],
          [{ platform: "voso", name: "Voso", refresh_expires_at: "tomorrow" }, /refresh_expires_at/],
          [{ platform: "voso", name: "Voso", token: "x" }, /token|Unrecognized/i],
        ]
        for (const [body, message] of cases) {
          const response = await failing(api.post("/admin/channels/accounts", body, admin))
          expect({ body, status: response.status }).toEqual({ body, status: 400 })
          expect(response.data.message).toMatch(message)
        }
        const account = await shopee()
        const bad = await failing(report(account.id, [{ variant_id: "variant_missing", last_pushed_stock: 1 }]))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/variant_missing/)
        expect((await failing(report(account.id, [{ variant_id: variants["CB-MIEN-500"], last_pushed_stock: -1 }]))).status).toBe(400)
        expect((await failing(api.post(`/admin/channels/accounts/${account.id}/orders`, { external_order_id: "X", lines: [] }, admin))).status).toBe(400)
        expect((await failing(api.post(`/admin/channels/accounts/${account.id}/runs`, { kind: "sync" }, admin))).status).toBe(400)
        expect((await failing(api.get(`/admin/channels/accounts/${account.id}/listings?status=live`, admin))).status).toBe(400)
        for (const path of ["", "/listings", "/runs", "/orders"]) {
          expect((await failing(api.get(`/admin/channels/accounts/chacc_missing${path}`, admin))).status).toBe(404)
        }
        expect((await failing(api.post("/admin/channels/accounts/chacc_missing/orders", orderBody("SHP-404", 1), admin))).status).toBe(404)
        expect((await failing(api.get("/admin/channels/catalogue?account_id=chacc_missing", admin))).status).toBe(404)
        expect((await api.get("/admin/channels/accounts", admin)).data.count).toBe(1)
      })
    })

    describe("ledger", () => {
      it("keeps one row per variant when a batch is reported twice, with desired stock and needs_push", async () => {
        const account = await lazada()
        const first = await report(account.id, [
          { variant_id: variants["CB-MIEN-500"], external_item_id: "1001", last_pushed_stock: 9, last_pushed_price: 69000, status: "active", claims_ocop: true, last_pushed_at: new Date().toISOString() },
          { variant_id: variants["CB-CHE-100"], status: "error", last_error: { retryable: true, field: "images", message: "Image too small", request_id: "req-42" }, needs_push: true },
        ])
        expect(first.data).toMatchObject({ created: 2, updated: 0 })
        const second = await report(account.id, [
          { variant_id: variants["CB-MIEN-500"], external_item_id: "1001", last_pushed_stock: 5, last_pushed_at: new Date().toISOString() },
          { variant_id: variants["CB-CHE-100"], external_item_id: "1002", last_pushed_stock: 4, status: "active", last_error: null, needs_push: false, last_pushed_at: new Date().toISOString() },
        ])
        expect(second.data).toMatchObject({ created: 0, updated: 2 })

        const ledger = await listings(account.id)
        expect(ledger.count).toBe(2)
        const mien = ledger.listings.find((listing) => listing.sku === "CB-MIEN-500") as Listing
        // floor((20 − 2) × 50 %) = 9 offered; 5 were last pushed.
        expect(mien).toMatchObject({ desired_stock: 9, last_pushed_stock: 5, needs_push: true, push_reasons: ["stock"], claims_ocop: true })
        const che = ledger.listings.find((listing) => listing.sku === "CB-CHE-100") as Listing
        expect(che).toMatchObject({ desired_stock: 4, needs_push: false, push_reasons: [], status: "active", last_error: null })
        expect((await listings(account.id, "?needs_push=true")).listings.map((listing) => listing.sku)).toEqual(["CB-MIEN-500"])
        expect((await listings(account.id, "?status=error")).count).toBe(0)

        // The reconciliation job finds nothing to change; a stricter rule recomputes the whole account.
        await reconcileChannelStockJob(getContainer())
        expect((await listingOf(account.id, "CB-MIEN-500")).desired_stock).toBe(9)
        await api.post(`/admin/channels/accounts/${account.id}`, { stock_zero_below: 30 }, admin)
        expect(await listingOf(account.id, "CB-MIEN-500")).toMatchObject({ desired_stock: 0, needs_push: true })
        const { data } = await api.get(`/admin/channels/accounts/${account.id}`, admin)
        expect(data.account.listing_counts).toEqual({ total: 2, needs_push: 2, errors: 0 })
        // The owner through the read-only link (producer_id).
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: owned } = await query.graph({ entity: "channel_account", fields: ["ocop_producer.name"], filters: { id: account.id } })
        expect(owned).toEqual([expect.objectContaining({ ocop_producer: expect.objectContaining({ name: "HTX Kênh Bán" }) })])
      })

      it("records runs from the CLI and runs requested in the admin", async () => {
        const account = await shopee()
        const requested = await api.post(`/admin/channels/accounts/${account.id}/runs`, { kind: "dry-run", status: "requested" }, admin)
        expect(requested.status).toBe(201)
        expect(requested.data.run).toMatchObject({ kind: "dry-run", status: "requested", started_at: null })
        expect(requested.data.run.requested_by).toMatch(/^user_/)
        const done = await api.post(
          `/admin/channels/accounts/${account.id}/runs`,
          {
            kind: "dry-run",
            requested_run_id: requested.data.run.id,
            started_at: "2026-12-01T08:00:00Z",
            finished_at: "2026-12-01T08:01:00Z",
            created_count: 2,
            unchanged_count: 1,
            failed_count: 1,
            summary: { errors: [{ sku: "CB-CHE-100", message: "Image too small" }] },
          },
          admin
        )
        expect(done.data.run).toMatchObject({ id: requested.data.run.id, status: "succeeded", created_count: 2, failed_count: 1 })
        await api.post(`/admin/channels/accounts/${account.id}/runs`, { kind: "push", finished_at: new Date().toISOString(), updated_count: 3 }, admin)
        const runs = await api.get(`/admin/channels/accounts/${account.id}/runs`, admin)
        expect(runs.data).toMatchObject({ count: 2, offset: 0, limit: 20 })
        expect(runs.data.runs[0]).toMatchObject({ kind: "push", updated_count: 3 })
      })
    })

    describe("orders", () => {
      it("imports an order once: one Medusa order, stock reserved once, other channels offered less", async () => {
        const shop = await shopee()
        const laz = await lazada()
        await report(laz.id, [{ variant_id: variants["CB-MIEN-500"], last_pushed_stock: 9, status: "active", last_pushed_at: new Date().toISOString() }])
        expect(await listingOf(laz.id, "CB-MIEN-500")).toMatchObject({ desired_stock: 9, needs_push: false })

        const first = await api.post(`/admin/channels/accounts/${shop.id}/orders`, orderBody("SHP-2401", 4), admin)
        expect(first.status).toBe(201)
        expect(first.data.channel_order).toMatchObject({ status: "imported", external_order_id: "SHP-2401" })
        expect(first.data.order.items).toEqual([expect.objectContaining({ variant_sku: "CB-MIEN-500", quantity: 4, unit_price: 69000 })])
        const again = await api.post(`/admin/channels/accounts/${shop.id}/orders`, orderBody("SHP-2401", 4), admin)
        expect(again.status).toBe(200)
        expect(again.data.order.id).toBe(first.data.order.id)
        expect(again.data).toMatchObject({ outcome: "existing", created: false })
        expect(first.data.outcome).toBe("created")

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id", "name"], filters: { name: "Shopee" } })
        expect(channels).toHaveLength(1)
        expect(first.data.order.sales_channel_id).toBe(channels[0].id)
        const { data: orders } = await query.graph({ entity: "order", fields: ["id"], filters: { sales_channel_id: channels[0].id } })
        expect(orders).toHaveLength(1)
        expect(await reserved("CB-MIEN-500")).toBe(4)
        // Reserved against the order's line, so fulfilling or canceling the order releases it.
        const { data: reservations } = await query.graph({
          entity: "reservation_item",
          fields: ["line_item_id", "location_id", "quantity"],
          filters: { inventory_item_id: inventoryItems["CB-MIEN-500"] },
        })
        expect(reservations).toEqual([{ line_item_id: first.data.order.items[0].id, location_id: locationId, quantity: 4 }])
        // 16 left: floor((16 − 2) × 50 %) = 7 for Lazada, which last showed 9.
        expect(await listingOf(laz.id, "CB-MIEN-500")).toMatchObject({ desired_stock: 7, needs_push: true, push_reasons: ["stock"] })
        const catalogue = await api.get(`/admin/channels/catalogue?product_id=${productIds["CB-MIEN-500"]}`, admin)
        expect(catalogue.data.products[0].variants[0].stock).toBe(16)
      })

      it("refuses more than the stock and unknown SKUs, records the refusal, creates nothing", async () => {
        const shop = await shopee()
        const short = await failing(api.post(`/admin/channels/accounts/${shop.id}/orders`, orderBody("SHP-2402", 11, "CB-CHE-100"), admin))
        expect(short.status).toBe(400)
        expect(short.data).toMatchObject({ type: "not_allowed", code: "insufficient_inventory" })
        expect(short.data.message).toMatch(/CB-CHE-100.*11 ordered, 10 available/)
        const unknown = await failing(api.post(`/admin/channels/accounts/${shop.id}/orders`, orderBody("SHP-2403", 1, "CB-KHONG-CO"), admin))
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toMatch(/CB-KHONG-CO/)

        expect(await reserved("CB-CHE-100")).toBe(0)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = await query.graph({ entity: "order", fields: ["id"] })
        expect(orders).toHaveLength(0)
        const recorded = await api.get(`/admin/channels/accounts/${shop.id}/orders?status=rejected`, admin)
        expect(recorded.data.count).toBe(2)
        expect(recorded.data.channel_orders.map((order: { last_error: { code: string } }) => order.last_error.code).sort()).toEqual([
          "insufficient_stock",
          "unknown_sku",
        ])
        // Once stock arrives the same platform order goes through.
        const ok = await api.post(`/admin/channels/accounts/${shop.id}/orders`, orderBody("SHP-2402", 10, "CB-CHE-100"), admin)
        expect(ok.status).toBe(201)
        expect(await reserved("CB-CHE-100")).toBe(10)
      })

      it("gives the stock back when the order is canceled, and flags the other channels", async () => {
        const shop = await shopee()
        const laz = await lazada()
        const imported = await api.post(`/admin/channels/accounts/${shop.id}/orders`, orderBody("SHP-2404", 6), admin)
        // Lazada was last pushed the reduced stock: floor((14 − 2) × 50 %) = 6.
        await report(laz.id, [{ variant_id: variants["CB-MIEN-500"], last_pushed_stock: 6, status: "active", last_pushed_at: new Date().toISOString() }])
        expect(await listingOf(laz.id, "CB-MIEN-500")).toMatchObject({ desired_stock: 6, needs_push: false })

        await api.post(`/admin/orders/${imported.data.order.id}/cancel`, {}, admin)
        await waitFor(async () => (await listingOf(laz.id, "CB-MIEN-500")).desired_stock === 9)
        expect(await reserved("CB-MIEN-500")).toBe(0)
        expect(await listingOf(laz.id, "CB-MIEN-500")).toMatchObject({ desired_stock: 9, needs_push: true, push_reasons: ["stock"] })
        // The released reservation is soft-deleted: its event can still be traced to the item.
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: released } = await query.graph({
          entity: "reservation_item",
          fields: ["inventory_item_id", "deleted_at"],
          filters: { line_item_id: imported.data.order.items[0].id },
          withDeleted: true,
        })
        expect(released).toEqual([{ inventory_item_id: inventoryItems["CB-MIEN-500"], deleted_at: expect.anything() }])
      })

      it("follows a stock count changed in the admin", async () => {
        const laz = await lazada()
        await report(laz.id, [{ variant_id: variants["CB-CHE-100"], last_pushed_stock: 4, status: "active", last_pushed_at: new Date().toISOString() }])
        await api.post(
          `/admin/inventory-items/${inventoryItems["CB-CHE-100"]}/location-levels/${locationId}`,
          { stocked_quantity: 30 },
          admin
        )
        // floor((30 − 2) × 50 %) = 14
        await waitFor(async () => (await listingOf(laz.id, "CB-CHE-100")).desired_stock === 14)
        expect((await listingOf(laz.id, "CB-CHE-100")).needs_push).toBe(true)
      })
    })

    describe("certificates", () => {
      it("flags every listing still showing the OCOP claim when a certificate is revoked, idempotently", async () => {
        const shop = await shopee()
        const laz = await lazada()
        for (const account of [shop, laz]) {
          await report(account.id, [
            { variant_id: variants["CB-MIEN-500"], last_pushed_stock: account.id === shop.id ? 20 : 9, status: "active", claims_ocop: true, last_pushed_at: new Date().toISOString() },
          ])
        }
        await api.post(`/admin/ocop/certificates/${certificates["CB-MIEN-500"]}/revoke`, { reason: "Vi phạm quy định ghi nhãn hàng hóa" }, admin)
        // The ledger keeps what the platforms show until the CLI pushes; the listings are flagged for it.
        await waitFor(async () => (await listingOf(shop.id, "CB-MIEN-500")).push_reasons.includes("certificate"))
        await waitFor(async () => (await listingOf(laz.id, "CB-MIEN-500")).push_reasons.includes("certificate"))
        expect(await listingOf(shop.id, "CB-MIEN-500")).toMatchObject({ status: "active", claims_ocop: true, needs_push: true, push_reasons: ["certificate"] })
        expect(await listingOf(laz.id, "CB-MIEN-500")).toMatchObject({ status: "active", claims_ocop: true, needs_push: true, push_reasons: ["certificate"] })

        const { result } = await markChannelCertificateChangeWorkflow(getContainer()).run({
          input: { product_ids: [productIds["CB-MIEN-500"]] },
        })
        expect(result).toEqual([])

        const catalogue = await api.get(`/admin/channels/catalogue?product_id=${productIds["CB-MIEN-500"]}`, admin)
        expect(catalogue.data.products[0].certificate.status).toBe("revoked")
      })
    })

    describe("catalogue", () => {
      it("lists every published product as a ChannelProduct, stock offered by the account's rules", async () => {
        const laz = await lazada()
        const all = await api.get("/admin/channels/catalogue", admin)
        expect(all.data).toMatchObject({ count: 2, offset: 0, limit: 50, account: null })
        const mien = all.data.products.find((product: { handle: string }) => product.handle === "mien-dong-kenh-ban")
        expect(mien).toEqual({
          productId: productIds["CB-MIEN-500"],
          handle: "mien-dong-kenh-ban",
          title: "Miến dong Kênh Bán",
          description: "Miến dong Kênh Bán, đặc sản Cao Bằng.",
          images: [expect.stringMatching(/^http:\/\/.+\/static\/mien-dong-kenh-ban\.jpg$/), "https://cdn.ocop.test/mien-dong-kenh-ban-2.jpg"],
          categoryKey: "che_bien_tu_rau_cu_qua_hat",
          certificate: {
            number: "OCOP-KB-01",
            decision: "124/QĐ-UBND",
            issuer: "UBND tỉnh Cao Bằng",
            issuedOn: addMonths(today, -6),
            expiresOn: addMonths(addMonths(today, -6), 36),
            status: "valid",
            stars: 4,
            productGroup: "Thực phẩm",
          },
          producer: { name: "HTX Kênh Bán", type: "HTX", commune: "Nam Tuấn", district: "Hòa An", phone: "+84912345678" },
          label: { netQuantity: "Gói 500 g", shelfLife: "12 tháng", origin: "Xã Nam Tuấn, tỉnh Cao Bằng" },
          isSample: false,
          variants: [
            {
              variantId: variants["CB-MIEN-500"],
              sku: "CB-MIEN-500",
              title: "Gói 500 g",
              priceVnd: 65000,
              stock: 20,
              weightGrams: 550,
              lengthCm: 20,
              widthCm: 12,
              heightCm: 6,
            },
          ],
        })
        const offered = await api.get(`/admin/channels/catalogue?account_id=${laz.id}&limit=1`, admin)
        expect(offered.data).toMatchObject({ count: 2, limit: 1, account: { id: laz.id, stock_reserve: 2, stock_percent: 50 } })
        expect(offered.data.products).toHaveLength(1)
        const page2 = await api.get(`/admin/channels/catalogue?account_id=${laz.id}&limit=1&offset=1`, admin)
        const stocks = [...offered.data.products, ...page2.data.products].map((product: { variants: { sku: string; stock: number }[] }) => product.variants[0])
        // miến 20 → floor(18 × 50 %) = 9; chè 10 → floor(8 × 50 %) = 4
        expect(Object.fromEntries(stocks.map((variant) => [variant.sku, variant.stock]))).toEqual({ "CB-MIEN-500": 9, "CB-CHE-100": 4 })
        expect((await failing(api.get("/admin/channels/catalogue?limit=500", admin))).status).toBe(400)
      })
    })
  },
})
