import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createOrderFulfillmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { beforeAll, describe, expect, it } from "vitest"
import { parseTlv, crc16CcittFalse } from "../../../src/modules/payment-vietqr/vietqr-payload"
import { seedProducts } from "../../../src/scripts/seeding/seed-products"
import { seedShopSetup, type ShopSetup } from "../../../src/scripts/seeding/shop-setup"
import { STARTER_PRODUCTS } from "../../../src/scripts/seeding/starter-products"
import { adminHeaders, failing } from "../../helpers/admin"
import { cartReadyForPayment } from "../../helpers/store-checkout"

type Cart = { id: string; total: number; items: { id: string; unit_price: number; quantity: number }[] }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let setup: ShopSetup
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    const variantBySku = new Map<string, string>()

    beforeAll(async () => {
      const container = getContainer()
      setup = await seedShopSetup(container)
      const ids = await seedProducts(container, setup, STARTER_PRODUCTS)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product_variant", fields: ["id", "sku"], filters: { product_id: ids } })
      for (const variant of data) variantBySku.set(variant.sku as string, variant.id)
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      admin = await adminHeaders(container, api)
    })

    /** The whole store checkout over HTTP, as the storefront does it. */
    async function checkout(providerId: string, quantity = 2): Promise<{ order: { id: string; display_id: number; total: number } }> {
      const { cartId, paymentCollectionId } = await cartReadyForPayment(api, store, {
        regionId: setup.regionId,
        variantId: variantBySku.get("SONTONG-BANHKHAO-500") ?? "",
        quantity,
      })
      await api.post(`/store/payment-collections/${paymentCollectionId}/payment-sessions`, { provider_id: providerId }, store)
      const completed = (await api.post(`/store/carts/${cartId}/complete`, {}, store)).data
      expect(completed.type).toBe("order")
      return completed
    }

    describe("checkout with Vietnamese payment methods", () => {
      it("offers cash on delivery and VietQR in the Việt Nam region", async () => {
        const { data } = await api.get(`/store/payment-providers?region_id=${setup.regionId}`, store)
        expect(data.payment_providers.map((provider: { id: string }) => provider.id).sort()).toEqual([
          "pp_cod_cod",
          "pp_vietqr_vietqr",
        ])
      })

      it("places a cash-on-delivery order in whole VND, authorised until delivery, captured when delivered", async () => {
        const { order } = await checkout("pp_cod_cod")
        expect(order.total).toBe(2 * 85000 + 30000)
        const payment = (await api.get(`/store/ocop/orders/${order.id}/payment`, store)).data.payment
        expect(payment).toMatchObject({ provider_id: "pp_cod_cod", amount: 200000, paid: false, order_code: `DH${order.display_id}` })
        expect(payment.vietqr).toBeUndefined()

        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "order", fields: ["items.id"], filters: { id: order.id } })
        // The order holds one line of two boxes (see checkout()).
        const lines: Array<{ id: string } | null> = data[0].items ?? []
        const items = lines.flatMap((item) => (item ? [{ id: item.id, quantity: 2 }] : []))
        const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
          input: { order_id: order.id, items, location_id: setup.stockLocationId },
        })
        await markOrderFulfillmentAsDeliveredWorkflow(container).run({
          input: { orderId: order.id, fulfillmentId: fulfillment.id },
        })
        let paid = false
        for (let attempt = 0; attempt < 30 && !paid; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 100))
          paid = (await api.get(`/store/ocop/orders/${order.id}/payment`, store)).data.payment.paid
        }
        expect(paid).toBe(true)
      })

      it("places a VietQR order whose QR carries the exact total and the order code", async () => {
        const { order } = await checkout("pp_vietqr_vietqr", 3)
        const { payment } = (await api.get(`/store/ocop/orders/${order.id}/payment`, store)).data
        expect(payment).toMatchObject({ provider_id: "pp_vietqr_vietqr", amount: 3 * 85000 + 30000, paid: false })
        const fields = parseTlv(payment.vietqr.payload)
        expect(fields.get("54")).toBe(String(3 * 85000 + 30000))
        expect(parseTlv(fields.get("62") ?? "").get("08")).toBe(`DH${order.display_id}`)
        expect(payment.vietqr.payload.slice(-4)).toBe(crc16CcittFalse(payment.vietqr.payload.slice(0, -4)))
        expect(payment.vietqr).toMatchObject({ bank_bin: "970405", is_sample: true, purpose: `DH${order.display_id}` })

        // Staff see the transfer and mark the order paid (capture) in the admin.
        const adminOrder = (await api.get(`/admin/orders/${order.id}?fields=*payment_collections.payments`, admin)).data.order
        const paymentId = adminOrder.payment_collections[0].payments[0].id
        await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)
        expect((await api.get(`/store/ocop/orders/${order.id}/payment`, store)).data.payment.paid).toBe(true)
      })

      it("ignores prices from the browser and refuses quantities above stock", async () => {
        const { cart } = (await api.post("/store/carts", { region_id: setup.regionId }, store)).data as { cart: Cart }
        const tampered = await api
          .post(
            `/store/carts/${cart.id}/line-items`,
            { variant_id: variantBySku.get("TRUCMAI-NAMHUONG-300"), quantity: 1, unit_price: 1 },
            store
          )
          .then(
            (response: { status: number }) => response,
            (error: { response: { status: number } }) => error.response
          )
        if (tampered.status === 200) {
          const current = (await api.get(`/store/carts/${cart.id}`, store)).data.cart as Cart
          expect(current.items[0].unit_price).toBe(180000)
        } else {
          expect(tampered.status).toBe(400)
        }
        const tooMany = await failing(
          api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantBySku.get("DAIHOANG-RUOUNGO-500"), quantity: 49 }, store)
        )
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toMatch(/inventory/i)
      })

      it("answers 404 for the payment of an unknown order", async () => {
        expect((await failing(api.get("/store/ocop/orders/order_missing/payment", store))).status).toBe(404)
        const payment = getContainer().resolve(Modules.PAYMENT)
        expect(payment).toBeDefined()
      })
    })
  },
})
