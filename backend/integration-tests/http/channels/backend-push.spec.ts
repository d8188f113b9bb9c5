/**
 * The backend pushing marketplaces and pulling their orders itself: accounts
 * with sealed tokens, the Shopee and Lazada apps configured from the
 * environment, the real clients (from the built @ocop/scripts/channels
 * bundle) against the contract servers, which check every signature and
 * token. Typechecked by tsconfig.channels-e2e.json because it imports the
 * contract servers from the scripts package's sources.
 */
import http from "node:http"
import type { AddressInfo } from "node:net"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { startLazadaContractServer } from "../../../../scripts/src/channels/contract/lazada"
import { startShopeeContractServer, TINY_PNG, type ContractOrder } from "../../../../scripts/src/channels/contract/shopee"
import { adminHeaders, failing } from "../../helpers/admin"
import { appModule } from "../../helpers/app-module"
import { cartReadyForPayment } from "../../helpers/store-checkout"

type ShopSetup = { salesChannelId: string; shippingProfileId: string; regionId: string; publishableKey: string }
const { seedShopSetup } = appModule<{ seedShopSetup: (container: MedusaContainer) => Promise<ShopSetup> }>(
  "./src/scripts/seeding/shop-setup"
)

type Headers = { headers: Record<string, string> }
type Listing = { sku: string; status: string; claims_ocop: boolean; needs_push: boolean; last_pushed_stock: number | null; desired_stock: number | null }
type Run = { id: string; kind: string; status: string; created_count: number; updated_count: number; unchanged_count: number; failed_count: number; summary: Record<string, unknown> }
type ChannelsService = {
  listChannelAccounts(filters: { id: string }): Promise<{ access_token_sealed: string | null; refresh_token_sealed: string | null; access_expires_at: Date | null }[]>
  openToken(sealed: string): string
}

// Started before the app boots: the backend reads the apps' addresses from its environment.
const shopee = await startShopeeContractServer({ orders: [] })
const lazada = await startLazadaContractServer({ orders: [] })
const images = http.createServer((_req, res) => {
  res.writeHead(200, { "content-type": "image/png" })
  res.end(TINY_PNG)
})
await new Promise<void>((resolve) => images.listen(0, "127.0.0.1", resolve))
const imageBase = `http://127.0.0.1:${(images.address() as AddressInfo).port}`

const PRODUCTS = [
  {
    handle: "mien-dong-na-ri",
    title: "Miến dong Na Rì",
    set: "che_bien_tu_rau_cu_qua_hat",
    packs: [
      { title: "Gói 500 g", sku: "NR-MIEN-500G", price: 55_000, stock: 20, weight: 540 },
      { title: "Túi 1 kg", sku: "NR-MIEN-1KG", price: 105_000, stock: 8, weight: 1060 },
    ],
  },
  {
    handle: "banh-khao-na-ri",
    title: "Bánh khảo Na Rì",
    set: "che_bien_tu_gao_ngu_coc",
    packs: [{ title: "Hộp 300 g", sku: "NR-BKH-300G", price: 48_000, stock: 12, weight: 380 }],
  },
]

/** Polls until `ready` holds: the push after an event runs in the background of the request that caused it. */
async function until<T>(read: () => Promise<T> | T, ready: (value: T) => boolean, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (ready(value)) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

// Set on the process itself: the runner loads medusa-config.ts (which reads
// them into the channels module's options) before it applies its `env` option.
// Each spec file runs in its own process.
Object.assign(process.env, {
  SHOPEE_PARTNER_ID: String(shopee.partnerId),
  SHOPEE_PARTNER_KEY: shopee.partnerKey,
  SHOPEE_API_BASE: shopee.baseUrl,
  LAZADA_APP_KEY: lazada.appKey,
  LAZADA_APP_SECRET: lazada.appSecret,
  LAZADA_API_BASE: lazada.baseUrl,
  LAZADA_AUTH_BASE: lazada.authBaseUrl,
  // The contract server's category ids, not the shop's.
  CHANNEL_CATEGORY_MAP: path.resolve(__dirname, "../../../../scripts/test/channels/sync/contract-categories.json"),
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let admin: Headers
    let setup: ShopSetup
    let accountId: string
    let locationId: string
    const certificates: Record<string, string> = {}
    const variants: Record<string, string> = {}
    const inventoryItems: Record<string, string> = {}

    beforeAll(async () => {
      const container: MedusaContainer = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      setup = await seedShopSetup(container)
      admin = await adminHeaders(container, api)
      const { producer } = (
        await api.post(
          "/admin/ocop/producers",
          { name: "HTX Na Rì", type: "hop_tac_xa", district: "nguyen_binh", commune: "Minh Tâm", address: "Xóm Nà Bản", phone: "0912 345 679" },
          admin
        )
      ).data
      const { data: rows } = await query.graph({ entity: "ocop_producer", fields: ["stock_location.id"], filters: { id: producer.id } })
      locationId = (rows[0] as { stock_location: { id: string } }).stock_location.id

      for (const [index, item] of PRODUCTS.entries()) {
        const { product } = (
          await api.post(
            "/admin/products",
            {
              title: item.title,
              handle: item.handle,
              description: `${item.title}, đặc sản Cao Bằng, làm theo cách truyền thống của người Tày ở xã Minh Tâm.`,
              status: "published",
              thumbnail: `${imageBase}/${item.handle}.png`,
              images: [{ url: `${imageBase}/${item.handle}.png` }, { url: `${imageBase}/${item.handle}-2.png` }],
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
                manage_inventory: true,
                options: { "Quy cách": pack.title },
                prices: [{ amount: pack.price, currency_code: "vnd" }],
              })),
            },
            admin
          )
        ).data
        const { data: rows } = await query.graph({
          entity: "product_variant",
          fields: ["id", "sku", "inventory_items.inventory_item_id"],
          filters: { product_id: product.id },
        })
        const created = rows as { id: string; sku: string; inventory_items: { inventory_item_id: string }[] }[]
        for (const variant of created) {
          variants[variant.sku] = variant.id
          inventoryItems[variant.sku] = variant.inventory_items[0].inventory_item_id
        }
        await createInventoryLevelsWorkflow(container).run({
          input: {
            inventory_levels: created.map((variant) => ({
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
              certificate_number: `OCOP-NR-0${index + 1}`,
              decision_number: "125/QĐ-UBND",
              issued_at: new Date(Date.now() - 180 * 86_400_000).toISOString().slice(0, 10),
            },
            admin
          )
        ).data
        certificates[item.handle] = certificate.id
      }

      // The shop's first pair, entered in the admin: stored sealed.
      const { account } = (
        await api.post(
          "/admin/channels/accounts",
          {
            platform: "shopee",
            shop_id: String(shopee.shopId),
            name: "Shopee HTX Na Rì",
            access_token: shopee.initialTokens.accessToken,
            refresh_token: shopee.initialTokens.refreshToken,
            access_expires_at: new Date(shopee.initialTokens.accessExpiresAtMs).toISOString(),
          },
          admin
        )
      ).data
      accountId = account.id
    })

    afterAll(async () => {
      await shopee.close()
      await lazada.close()
      await new Promise((resolve) => images.close(resolve))
    })

    // One journey: each test starts where the previous one left the database.
    afterEach(async () => {
      await dbUtils.snapshot()
    })

    const push = async (body: { dry_run?: boolean }): Promise<Run> => {
      try {
        return (await api.post(`/admin/channels/accounts/${accountId}/push`, body, admin)).data.run as Run
      } catch (error) {
        const response = (error as { response?: { status: number; data: { message: string } } }).response
        throw new Error(`push → ${response?.status}: ${response?.data.message}`)
      }
    }
    const listings = async () => (await api.get(`/admin/channels/accounts/${accountId}/listings?limit=50`, admin)).data.listings as Listing[]
    const listing = async (sku: string) => (await listings()).find((row) => row.sku === sku)
    const writePaths = () => shopee.state.writeCalls().map((call) => call.path)
    const shopeeStock = (sku: string) => {
      for (const item of shopee.state.items.values()) {
        const model = [...item.models.values()].find((candidate) => candidate.model_sku === sku)
        if (model) return model.stock
        // A single-pack item is its own model 0.
        if (item.item_sku === sku) return item.models.get(0)?.stock
      }
      return undefined
    }
    const sealedTokens = async () => {
      const service = getContainer().resolve<ChannelsService>("channels")
      const [account] = await service.listChannelAccounts({ id: accountId })
      return {
        sealed: account.access_token_sealed ?? "",
        access: service.openToken(account.access_token_sealed ?? ""),
        refresh: service.openToken(account.refresh_token_sealed ?? ""),
      }
    }

    describe("the backend pushes accounts that hold tokens", () => {
      it("a dry run from the admin route plans the catalogue and sends no write call", async () => {
        const run = await push({ dry_run: true })
        expect(run).toMatchObject({ kind: "dry-run", status: "succeeded", created_count: 2, failed_count: 0 })
        expect(writePaths()).toEqual([])
        expect(await listings()).toEqual([])
      })

      it("a push from the admin route creates each listing once and records the ledger and the run", async () => {
        const run = await push({})
        expect(run, JSON.stringify(run.summary)).toMatchObject({ kind: "push", status: "succeeded", created_count: 2, failed_count: 0 })
        expect(shopee.state.items.size).toBe(2)
        const rows = await listings()
        expect(rows.map((row) => [row.sku, row.status, row.claims_ocop, row.needs_push]).sort()).toEqual([
          ["NR-BKH-300G", "active", true, false],
          ["NR-MIEN-1KG", "active", true, false],
          ["NR-MIEN-500G", "active", true, false],
        ])
        expect(shopeeStock("NR-MIEN-500G")).toBe(20)
        const runs = (await api.get(`/admin/channels/accounts/${accountId}/runs`, admin)).data.runs as Run[]
        expect(runs.map((entry) => entry.kind)).toEqual(["push", "dry-run"])
      })

      it("a second push makes zero write calls", async () => {
        shopee.state.resetCalls()
        const run = await push({})
        expect(run).toMatchObject({ status: "succeeded", created_count: 0, updated_count: 0, unchanged_count: 2 })
        expect(writePaths()).toEqual([])
      })

      it("a stock edit in the admin makes the backend send update_stock by itself", async () => {
        shopee.state.resetCalls()
        await api.post(`/admin/inventory-items/${inventoryItems["NR-MIEN-1KG"]}/location-levels/${locationId}`, { stocked_quantity: 5 }, admin)
        await until(() => shopeeStock("NR-MIEN-1KG"), (stock) => stock === 5, "Shopee stock of NR-MIEN-1KG to be 5")
        expect(writePaths().every((path) => path === "/api/v2/product/update_stock")).toBe(true)
        await until(() => listing("NR-MIEN-1KG"), (row) => row?.needs_push === false && row.last_pushed_stock === 5, "the ledger to record the push")
      })

      it("an order placed in the store makes the backend push what is left, and an expired access token is refreshed and kept sealed", async () => {
        const before = await sealedTokens()
        // The access token has run out: the next call must refresh it first (Shopee refresh tokens are single use).
        await api.post(`/admin/channels/accounts/${accountId}`, { access_expires_at: new Date(Date.now() - 60_000).toISOString() }, admin)
        shopee.state.resetCalls()

        const store = { headers: { "x-publishable-api-key": setup.publishableKey } }
        const { cartId, paymentCollectionId } = await cartReadyForPayment(api, store, {
          regionId: setup.regionId,
          variantId: variants["NR-MIEN-500G"],
          quantity: 3,
        })
        await api.post(`/store/payment-collections/${paymentCollectionId}/payment-sessions`, { provider_id: "pp_cod_cod" }, store)
        expect((await api.post(`/store/carts/${cartId}/complete`, {}, store)).data.type).toBe("order")

        await until(() => shopeeStock("NR-MIEN-500G"), (stock) => stock === 17, "Shopee stock of NR-MIEN-500G to be 17")
        expect(shopee.state.callsTo("/api/v2/auth/access_token/get")).toHaveLength(1)
        const after = await sealedTokens()
        expect(after.sealed).toMatch(/^v1\./)
        expect(after.sealed).not.toContain(after.access)
        expect(after.access).not.toBe(before.access)
        expect(after.refresh).not.toBe(before.refresh)
        // The old refresh token is spent; the contract server accepts only the new pair from now on.
        const { data } = await api.get(`/admin/channels/accounts/${accountId}`, admin)
        expect(new Date(data.account.access_expires_at).getTime()).toBeGreaterThan(Date.now())
      })

      it("a revoked certificate strips the OCOP claim on the next push, without anyone running the CLI", async () => {
        shopee.state.resetCalls()
        await api.post(`/admin/ocop/certificates/${certificates["banh-khao-na-ri"]}/revoke`, { reason: "Sai nhãn" }, admin)
        const item = () => [...shopee.state.items.values()].find((candidate) => candidate.item_sku === "NR-BKH-300G")
        await until(() => item()?.item_name ?? "", (name) => !/OCOP/.test(name), "the Shopee item to lose its OCOP claim")
        expect(`${item()?.item_name} ${item()?.description}`).not.toMatch(/OCOP|\d sao/)
        expect(writePaths()).toContain("/api/v2/product/update_item")
        await until(() => listing("NR-BKH-300G"), (row) => row?.claims_ocop === false && row.needs_push === false, "the ledger to record the stripped claim")
        // The other product keeps its claim and was not touched.
        expect((await listing("NR-MIEN-500G"))?.claims_ocop).toBe(true)
      })

      it("refuses a push for an account the backend cannot push, and an unknown body field", async () => {
        const { account } = (await api.post("/admin/channels/accounts", { platform: "postmart", name: "Postmart Cao Bằng" }, admin)).data
        const refused = await failing(api.post(`/admin/channels/accounts/${account.id}/push`, {}, admin))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/postmart/)
        const invalid = await failing(api.post(`/admin/channels/accounts/${accountId}/push`, { dry_run: true, force: true }, admin))
        expect(invalid.status).toBe(400)
      })
    })

    describe("the backend pulls orders of accounts that hold tokens", () => {
      type ChannelOrderRow = { external_order_id: string; status: string; order_id: string | null }
      let firstPull: Run
      const pullOrders = async (id = accountId): Promise<Run> => {
        try {
          return (await api.post(`/admin/channels/accounts/${id}/pull-orders`, {}, admin)).data.run as Run
        } catch (error) {
          const response = (error as { response?: { status: number; data: { message: string } } }).response
          throw new Error(`pull-orders → ${response?.status}: ${response?.data.message}`)
        }
      }
      const channelOrders = async (id = accountId) =>
        (await api.get(`/admin/channels/accounts/${id}/orders`, admin)).data.channel_orders as ChannelOrderRow[]
      const reserved = async (sku: string) => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "inventory_level",
          fields: ["reserved_quantity"],
          filters: { inventory_item_id: inventoryItems[sku], location_id: locationId },
        })
        return (data[0] as { reserved_quantity: number }).reserved_quantity
      }
      const shopeeOrder = (orderSn: string, sku: string, quantity: number): ContractOrder => {
        const now = Math.floor(Date.now() / 1000)
        const item = [...shopee.state.items.values()].find((candidate) => [...candidate.models.values()].some((model) => model.model_sku === sku))
        return {
          order_sn: orderSn,
          order_status: "READY_TO_SHIP",
          create_time: now - 600,
          update_time: now - 60,
          cod: true,
          total_amount: 55_000 * quantity,
          buyer_username: "buyer_nari",
          message_to_seller: "",
          item_list: [
            {
              item_id: item?.item_id ?? 0,
              item_name: "Miến dong Na Rì",
              item_sku: "",
              model_id: 1,
              model_name: "Gói 500 g",
              model_sku: sku,
              model_quantity_purchased: quantity,
              model_original_price: 55_000,
              model_discounted_price: 55_000,
            },
          ],
        }
      }

      it("an order placed on Shopee is imported by pull-orders, its units reserved, and the stock left pushed back", async () => {
        const reservedBefore = await reserved("NR-MIEN-500G")
        shopee.state.orders.push(shopeeOrder("261129NARI0001", "NR-MIEN-500G", 2))
        shopee.state.resetCalls()
        const run = await pullOrders()
        firstPull = run
        expect(run, JSON.stringify(run.summary)).toMatchObject({ kind: "pull-orders", status: "succeeded", created_count: 1, unchanged_count: 0, failed_count: 0 })
        expect(typeof run.summary.cursor).toBe("number")
        expect(shopee.state.callsTo("/api/v2/order/get_order_list").length).toBeGreaterThan(0)
        const orders = await channelOrders()
        expect(orders.map((order) => [order.external_order_id, order.status])).toEqual([["261129NARI0001", "imported"]])
        expect(orders[0].order_id).toMatch(/^order_/)
        expect(await reserved("NR-MIEN-500G")).toBe(reservedBefore + 2)
        // 17 left after the store order, 2 sold on Shopee: the backend tells Shopee 15 without the CLI.
        await until(() => shopeeStock("NR-MIEN-500G"), (stock) => stock === 15, "Shopee stock of NR-MIEN-500G to be 15")
        expect(writePaths()).toContain("/api/v2/product/update_stock")
        expect(writePaths().every((path) => path === "/api/v2/product/update_stock")).toBe(true)
      })

      it("a second pull imports nothing new and deducts nothing again", async () => {
        const reservedBefore = await reserved("NR-MIEN-500G")
        shopee.state.resetCalls()
        const run = await pullOrders()
        // The window overlaps the last pull: the same order is read again and found imported.
        expect(run).toMatchObject({ kind: "pull-orders", status: "succeeded", created_count: 0, unchanged_count: 1, failed_count: 0 })
        expect(await channelOrders()).toHaveLength(1)
        expect(await reserved("NR-MIEN-500G")).toBe(reservedBefore)
        expect(writePaths()).toEqual([])
        // Both pulls are in the account's runs (the five-minute job may have added its own).
        const runs = (await api.get(`/admin/channels/accounts/${accountId}/runs`, admin)).data.runs as Run[]
        expect(runs.map((entry) => entry.id)).toEqual(expect.arrayContaining([firstPull.id, run.id]))
      })

      it("an order placed on Lazada is pulled by the backend and the stock left reaches Shopee", async () => {
        const grant = lazada.state.issueTokens()
        const { account } = (
          await api.post(
            "/admin/channels/accounts",
            {
              platform: "lazada",
              shop_id: "nari",
              name: "Lazada HTX Na Rì",
              access_token: grant.accessToken,
              refresh_token: grant.refreshToken,
              access_expires_at: new Date(grant.accessExpiresAt).toISOString(),
            },
            admin
          )
        ).data
        lazada.state.orders.push({
          orderId: "470000000012001",
          createdAt: Date.now() - 120_000,
          paymentMethod: "COD",
          // One order item per unit: two bags of 1 kg.
          items: [0, 1].map(() => ({ sellerSku: "NR-MIEN-1KG", name: "Miến dong Na Rì túi 1 kg", price: 105_000, status: "pending" })),
        })
        shopee.state.resetCalls()
        const run = await pullOrders(account.id)
        expect(run, JSON.stringify(run.summary)).toMatchObject({ kind: "pull-orders", status: "succeeded", created_count: 1, failed_count: 0 })
        expect((await channelOrders(account.id)).map((order) => [order.external_order_id, order.status])).toEqual([["470000000012001", "imported"]])
        // 5 after the stock edit, 2 sold on Lazada: Shopee is offered 3.
        await until(() => shopeeStock("NR-MIEN-1KG"), (stock) => stock === 3, "Shopee stock of NR-MIEN-1KG to be 3")
        const again = await pullOrders(account.id)
        expect(again).toMatchObject({ created_count: 0, unchanged_count: 1 })
      })

      it("answers 409 while a pull of the account runs, 400 for an account without tokens or an unknown field", async () => {
        const locking = getContainer().resolve(Modules.LOCKING)
        await locking.acquire(`channel-pull:${accountId}`, { ownerId: "test", expire: 60 })
        try {
          const busy = await failing(api.post(`/admin/channels/accounts/${accountId}/pull-orders`, {}, admin))
          expect(busy.status).toBe(409)
        } finally {
          await locking.release(`channel-pull:${accountId}`, { ownerId: "test" })
        }
        const { account } = (await api.post("/admin/channels/accounts", { platform: "voso", name: "Voso Cao Bằng" }, admin)).data
        const refused = await failing(api.post(`/admin/channels/accounts/${account.id}/pull-orders`, {}, admin))
        expect(refused.status).toBe(400)
        const invalid = await failing(api.post(`/admin/channels/accounts/${accountId}/pull-orders`, { days: 3 }, admin))
        expect(invalid.status).toBe(400)
      })
    })
  },
})
