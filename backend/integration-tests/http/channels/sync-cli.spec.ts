/**
 * The channel CLI's engine end to end: the real backend (admin API over
 * HTTP, a secret API key), the real Shopee and Lazada clients and the
 * contract servers. Typechecked by tsconfig.channels-e2e.json because it
 * imports the scripts package (ESM, outside the backend's rootDir).
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { runSyncCommand, type SyncDeps } from "../../../../scripts/src/channels/cli/sync-command"
import { workerTick } from "../../../../scripts/src/channels/cli/worker"
import { systemClock } from "../../../../scripts/src/channels/core/clock"
import { memoryTokenStore } from "../../../../scripts/src/channels/core/token-store"
import { startLazadaContractServer, type LazadaContractServer } from "../../../../scripts/src/channels/contract/lazada"
import { startShopeeContractServer, TINY_PNG, type ShopeeContractServer } from "../../../../scripts/src/channels/contract/shopee"
import { LazadaClient, lazadaTokenKey } from "../../../../scripts/src/channels/lazada"
import { parseCategoryTable } from "../../../../scripts/src/channels/mapping"
import { ShopeeClient, shopeeTokenKey } from "../../../../scripts/src/channels/shopee"
import { BackendApi } from "../../../../scripts/src/channels/sync/backend-api"
import { lazadaAdapter } from "../../../../scripts/src/channels/sync/lazada-adapter"
import { shopeeAdapter } from "../../../../scripts/src/channels/sync/shopee-adapter"
import contractCategories from "../../../../scripts/test/channels/sync/contract-categories.json"
import { adminHeaders } from "../../helpers/admin"
import { appModule } from "../../helpers/app-module"

type ShopSetup = { salesChannelId: string; shippingProfileId: string }
const { seedShopSetup } = appModule<{ seedShopSetup: (container: MedusaContainer) => Promise<ShopSetup> }>(
  "./src/scripts/seeding/shop-setup"
)

type Headers = { headers: Record<string, string> }
type Listing = { sku: string; status: string; claims_ocop: boolean; external_item_id: string | null; last_pushed_stock: number | null; needs_push: boolean; desired_stock: number | null }

/** Miến dong (two packs) and bánh khảo (one), stocked at the producer's warehouse. */
const PRODUCTS = [
  {
    handle: "mien-dong-dong-bo",
    title: "Miến dong Đồng Bộ",
    set: "che_bien_tu_rau_cu_qua_hat",
    packs: [
      { title: "Gói 500 g", sku: "DB-MIEN-500G", price: 55_000, stock: 20, weight: 540 },
      { title: "Túi 1 kg", sku: "DB-MIEN-1KG", price: 105_000, stock: 8, weight: 1060 },
    ],
  },
  {
    handle: "banh-khao-dong-bo",
    title: "Bánh khảo Đồng Bộ",
    set: "che_bien_tu_gao_ngu_coc",
    packs: [{ title: "Hộp 300 g", sku: "DB-BKH-300G", price: 48_000, stock: 12, weight: 380 }],
  },
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let admin: Headers
    let backend: BackendApi
    let shopee: ShopeeContractServer
    let lazada: LazadaContractServer
    const certificates: Record<string, string> = {}
    const categoryTable = parseCategoryTable(contractCategories, "contract-categories.json")

    beforeAll(async () => {
      const container: MedusaContainer = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const setup = await seedShopSetup(container)
      admin = await adminHeaders(container, api)
      const { producer } = (
        await api.post(
          "/admin/ocop/producers",
          { name: "HTX Đồng Bộ", type: "hop_tac_xa", district: "nguyen_binh", commune: "Minh Tâm", address: "Xóm Nà Bản", phone: "0912 345 678" },
          admin
        )
      ).data
      const { data: rows } = await query.graph({ entity: "ocop_producer", fields: ["stock_location.id"], filters: { id: producer.id } })
      const locationId = (rows[0] as { stock_location: { id: string } }).stock_location.id

      for (const [index, item] of PRODUCTS.entries()) {
        const { product } = (
          await api.post(
            "/admin/products",
            {
              title: item.title,
              handle: item.handle,
              description: `${item.title}, đặc sản Cao Bằng, làm theo cách truyền thống của người Tày ở xã Minh Tâm.`,
              status: "published",
              thumbnail: `https://cdn.ocop.test/${item.handle}.jpg`,
              images: [{ url: `https://cdn.ocop.test/${item.handle}.jpg` }, { url: `https://cdn.ocop.test/${item.handle}-2.png` }],
              weight: item.packs[0].weight,
              length: 24,
              width: 16,
              height: 6,
              shipping_profile_id: setup.shippingProfileId,
              sales_channels: [{ id: setup.salesChannelId }],
              metadata: { label: { net_quantity: item.packs[0].title, shelf_life: "12 tháng", origin: "Nguyên Bình, Cao Bằng" } },
              options: [{ title: "Quy cách", values: item.packs.map((pack) => pack.title) }],
              variants: item.packs.map((pack) => ({
                title: pack.title,
                sku: pack.sku,
                weight: pack.weight,
                length: 24,
                width: 16,
                height: 6,
                manage_inventory: true,
                options: { "Quy cách": pack.title },
                prices: [{ amount: pack.price, currency_code: "vnd" }],
              })),
            },
            admin
          )
        ).data
        const { data: variants } = await query.graph({
          entity: "product_variant",
          fields: ["sku", "inventory_items.inventory_item_id"],
          filters: { product_id: product.id },
        })
        await createInventoryLevelsWorkflow(container).run({
          input: {
            inventory_levels: (variants as { sku: string; inventory_items: { inventory_item_id: string }[] }[]).map((variant) => ({
              inventory_item_id: variant.inventory_items[0].inventory_item_id,
              location_id: locationId,
              stocked_quantity: item.packs.find((pack) => pack.sku === variant.sku)?.stock ?? 0,
            })),
          },
        })
        const { certificate } = (
          await api.post(
            "/admin/ocop/certificates",
            {
              product_id: product.id,
              producer_id: producer.id,
              stars: 4,
              score: 75,
              product_set: item.set,
              certificate_number: `OCOP-DB-0${index + 1}`,
              decision_number: "124/QĐ-UBND",
              issued_at: new Date(Date.now() - 180 * 86_400_000).toISOString().slice(0, 10),
            },
            admin
          )
        ).data
        certificates[item.handle] = certificate.id
      }

      const { result: keys } = await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: "Channel CLI", type: "secret", created_by: "" }] },
      })
      backend = new BackendApi(String(api.defaults.baseURL).replace(/\/$/, ""), keys[0].token)

      shopee = await startShopeeContractServer({ orders: [] })
      lazada = await startLazadaContractServer({
        orders: [
          {
            orderId: "470000000009001",
            createdAt: Date.now() - 3_600_000,
            paymentMethod: "COD",
            // Lazada lists one order item per unit: three packs of 500 g.
            items: [0, 1, 2].map(() => ({ sellerSku: "DB-MIEN-500G", name: "Miến dong Đồng Bộ gói 500 g", price: 55_000, status: "pending" })),
          },
        ],
      })
    })

    afterAll(async () => {
      await shopee?.close()
      await lazada?.close()
    })

    function shopeeDeps(): SyncDeps {
      const client = new ShopeeClient({
        baseUrl: shopee.baseUrl,
        partnerId: shopee.partnerId,
        partnerKey: shopee.partnerKey,
        shopId: shopee.shopId,
        tokenStore: memoryTokenStore({
          [shopeeTokenKey(shopee.shopId)]: {
            accessToken: shopee.initialTokens.accessToken,
            refreshToken: shopee.initialTokens.refreshToken,
            accessExpiresAt: shopee.initialTokens.accessExpiresAtMs,
            refreshExpiresAt: null,
            authorisationExpiresAt: null,
          },
        }),
        retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 50 },
      })
      const noWait = { nowMs: () => Date.now(), sleep: async () => undefined }
      return {
        backend,
        adapter: shopeeAdapter(client, { fetchImage: async () => ({ bytes: TINY_PNG, contentType: "image/png" }), clock: noWait }),
        shopId: String(shopee.shopId),
        clock: systemClock,
        categoryTable,
      }
    }

    let lazadaStore = memoryTokenStore()
    async function lazadaDeps(): Promise<SyncDeps> {
      if (!(await lazadaStore.get(lazadaTokenKey("dongbo")))) {
        const grant = lazada.state.issueTokens()
        lazadaStore = memoryTokenStore({
          [lazadaTokenKey("dongbo")]: {
            accessToken: grant.accessToken,
            refreshToken: grant.refreshToken,
            accessExpiresAt: grant.accessExpiresAt,
            refreshExpiresAt: grant.refreshExpiresAt,
            authorisationExpiresAt: grant.refreshExpiresAt,
          },
        })
      }
      const client = new LazadaClient({
        baseUrl: lazada.baseUrl,
        authBaseUrl: lazada.authBaseUrl,
        appKey: lazada.appKey,
        appSecret: lazada.appSecret,
        sellerKey: "dongbo",
        tokenStore: lazadaStore,
        retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 50 },
      })
      return { backend, adapter: lazadaAdapter(client), shopId: "dongbo", clock: systemClock, categoryTable }
    }

    const run = (platform: "shopee" | "lazada", action: "dry-run" | "push" | "pull-orders" | "reconcile", deps: SyncDeps) =>
      runSyncCommand({ kind: "sync", platform, action, allowSample: false, days: 7 }, deps)

    const accountId = async (platform: string) =>
      ((await api.get(`/admin/channels/accounts?platform=${platform}`, admin)).data.accounts as { id: string }[])[0].id
    const listings = async (platform: string) =>
      (await api.get(`/admin/channels/accounts/${await accountId(platform)}/listings`, admin)).data.listings as Listing[]
    const shopeeStock = (sku: string) => {
      for (const item of shopee.state.items.values()) {
        const model = [...item.models.values()].find((candidate) => candidate.model_sku === sku)
        if (model) return model.stock
      }
      return undefined
    }

    // The tests are one journey: each starts where the previous one left the
    // database (the runner otherwise restores the post-beforeAll snapshot).
    afterEach(async () => {
      await dbUtils.snapshot()
    })

    describe("pnpm sync against the backend and the platforms", () => {
      it("a dry run sends nothing and says what it would do", async () => {
        const report = await run("shopee", "dry-run", shopeeDeps())
        expect(report.lines.join("\n")).toMatch(/2 tạo mới \/ create/)
        expect(shopee.state.writeCalls()).toHaveLength(0)
        const runs = (await api.get(`/admin/channels/accounts/${await accountId("shopee")}/runs`, admin)).data.runs as { kind: string }[]
        expect(runs.map((entry) => entry.kind)).toEqual(["dry-run"])
      })

      it("the first push creates each listing once on both platforms and records it in the ledger", async () => {
        const onShopee = await run("shopee", "push", shopeeDeps())
        expect(onShopee.push?.created, onShopee.lines.join("\n")).toBe(2)
        const onLazada = await run("lazada", "push", await lazadaDeps())
        expect(onLazada.push?.created, onLazada.lines.join("\n")).toBe(2)
        expect(shopee.state.items.size).toBe(2)
        expect(lazada.state.products.size).toBe(2)
        for (const platform of ["shopee", "lazada"]) {
          const rows = await listings(platform)
          expect(rows.map((row) => [row.sku, row.status, row.claims_ocop, row.external_item_id !== null]).sort()).toEqual([
            ["DB-BKH-300G", "active", true, true],
            ["DB-MIEN-1KG", "active", true, true],
            ["DB-MIEN-500G", "active", true, true],
          ])
        }
        expect(shopeeStock("DB-MIEN-500G")).toBe(20)
      })

      it("a second push with no change makes zero write calls", async () => {
        shopee.state.resetCalls()
        lazada.state.resetCalls()
        const again = await run("shopee", "push", shopeeDeps())
        const againLazada = await run("lazada", "push", await lazadaDeps())
        expect([again.push?.unchanged, againLazada.push?.unchanged]).toEqual([2, 2])
        expect(shopee.state.writeCalls()).toHaveLength(0)
        expect(lazada.state.writeCalls()).toHaveLength(0)
      })

      it("an order pulled from Lazada is imported once, deducts stock, and the next Shopee push offers what is left", async () => {
        const first = await run("lazada", "pull-orders", await lazadaDeps())
        expect(first.imported).toEqual({ created: 1, existing: 0, failed: 0 })
        const second = await run("lazada", "pull-orders", await lazadaDeps())
        expect(second.imported).toEqual({ created: 0, existing: 1, failed: 0 })
        const { channel_orders: orders } = (await api.get(`/admin/channels/accounts/${await accountId("lazada")}/orders`, admin)).data
        expect(orders).toHaveLength(1)

        shopee.state.resetCalls()
        const push = await run("shopee", "push", shopeeDeps())
        expect(push.push?.updated, push.lines.join("\n")).toBe(1)
        expect(shopee.state.writeCalls().map((call) => call.path)).toEqual(["/api/v2/product/update_stock"])
        expect(shopeeStock("DB-MIEN-500G")).toBe(17)
        expect(shopeeStock("DB-MIEN-1KG")).toBe(8)
      })

      it("an order beyond the stock is refused and nothing is deducted", async () => {
        const refused = await backend.importOrder(await accountId("lazada"), {
          externalOrderId: "470000000009999",
          status: "pending",
          createdAt: new Date().toISOString(),
          buyerName: null,
          lines: [{ sku: "DB-BKH-300G", quantity: 50, unitPriceVnd: 48_000 }],
        }).catch((error: Error) => error)
        expect(refused).toBeInstanceOf(Error)
        expect(String(refused)).toMatch(/DB-BKH-300G/)
        const dry = await run("shopee", "dry-run", shopeeDeps())
        expect(dry.lines.join("\n")).toMatch(/0 tạo mới \/ create, 0 cập nhật \/ update/)
      })

      it("a revoked certificate strips the claim on Shopee and withdraws the listing where the account says unlist", async () => {
        await api.post(`/admin/channels/accounts/${await accountId("lazada")}`, { on_invalid_certificate: "unlist" }, admin)
        await api.post(`/admin/ocop/certificates/${certificates["banh-khao-dong-bo"]}/revoke`, { reason: "Sai nhãn" }, admin)

        const onShopee = await run("shopee", "push", shopeeDeps())
        expect(onShopee.push?.updated, onShopee.lines.join("\n")).toBe(1)
        const item = [...shopee.state.items.values()].find((candidate) => candidate.item_sku === "DB-BKH-300G")
        expect(item?.item_name).toMatch(/^Bánh khảo Đồng Bộ/)
        expect(`${item?.item_name} ${item?.description}`).not.toMatch(/OCOP|\d sao/)
        expect((await listings("shopee")).find((row) => row.sku === "DB-BKH-300G")?.claims_ocop).toBe(false)

        const onLazada = await run("lazada", "push", await lazadaDeps())
        expect(onLazada.push?.unlisted, onLazada.lines.join("\n")).toBe(1)
        expect(lazada.state.findSku("DB-BKH-300G")?.sku.quantity).toBe(0)
        expect((await listings("lazada")).find((row) => row.sku === "DB-BKH-300G")?.status).toBe("unlisted")
      })

      it("a worker round pulls a new Lazada order, then pushes what is left to Shopee", async () => {
        lazada.state.orders.push({
          orderId: "470000000009002",
          createdAt: Date.now() - 60_000,
          paymentMethod: "COD",
          items: [{ sellerSku: "DB-MIEN-1KG", name: "Miến dong Đồng Bộ túi 1 kg", price: 105_000, status: "pending" }],
        })
        shopee.state.resetCalls()
        const lines = await workerTick([
          { platform: "shopee", deps: shopeeDeps() },
          { platform: "lazada", deps: await lazadaDeps() },
        ])
        expect(lines.join("\n")).toMatch(/\[lazada pull-orders\].*1 nhập mới \/ imported/)
        expect(shopee.state.writeCalls().map((call) => call.path)).toEqual(["/api/v2/product/update_stock"])
        expect(shopeeStock("DB-MIEN-1KG")).toBe(7)
      })
    })
  },
})
