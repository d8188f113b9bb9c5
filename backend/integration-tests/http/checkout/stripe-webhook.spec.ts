import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { seedProducts } from "../../../src/scripts/seeding/seed-products"
import { seedShopSetup, type ShopSetup } from "../../../src/scripts/seeding/shop-setup"
import { STARTER_PRODUCTS } from "../../../src/scripts/seeding/starter-products"
import { adminHeaders, failing } from "../../helpers/admin"
import { cartReadyForPayment } from "../../helpers/store-checkout"
import { StripeContractServer, type PaymentIntent } from "../../helpers/stripe-contract-server"

const API_KEY = "sk_test_ocop_offline"
const WEBHOOK_SECRET = "whsec_ocop_test_secret"
const STRIPE = "pp_stripe_stripe"
const stripe = new Stripe(API_KEY)
const contract = new StripeContractServer(API_KEY)

// The runner reads medusa-config.ts before it applies its `env` option, so a
// provider chosen by the environment must be in process.env already: this
// file-level hook runs before the runner's own beforeAll.
const env: Record<string, string> = { STRIPE_API_KEY: API_KEY, STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET }
const previousEnv = { ...process.env }
beforeAll(async () => {
  env.STRIPE_API_BASE = await contract.start()
  Object.assign(process.env, env)
})
afterAll(async () => {
  for (const name of Object.keys(env)) {
    if (previousEnv[name] === undefined) delete process.env[name]
    else process.env[name] = previousEnv[name]
  }
  await contract.stop()
})

const event = JSON.stringify({
  id: "evt_test_ocop",
  object: "event",
  type: "payment_intent.succeeded",
  data: {
    object: { id: "pi_test_ocop", object: "payment_intent", amount: 215000, currency: "vnd", metadata: { session_id: "payses_test" } },
  },
})

type StoreCart = { id: string; total: number }
type PaymentSession = { id: string; provider_id: string; amount: number; data: PaymentIntent }
type AdminPayment = { provider_id: string; amount: number; captured_at: string | null; captures: { amount: number }[] }
type AdminOrder = { id: string; total: number; payment_status: string; payment_collections: { payments: AdminPayment[] }[] }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let setup: ShopSetup
    let store: { headers: Record<string, string> }
    let variantId: string

    // Seeded before the runner snapshots the database, so every test starts from it.
    beforeAll(async () => {
      const container = getContainer()
      setup = await seedShopSetup(container)
      const ids = await seedProducts(container, setup, STARTER_PRODUCTS)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product_variant", fields: ["id", "sku"], filters: { product_id: ids } })
      variantId = data.find((variant) => variant.sku === "SONTONG-BANHKHAO-500")?.id ?? ""
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
    })

    const post = (payload: string, signature?: string) =>
      api.post("/hooks/payment/stripe_stripe", payload, {
        headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) },
      })

    describe("Stripe webhook signature", () => {
      it("accepts a payload signed with the webhook secret", async () => {
        const signature = stripe.webhooks.generateTestHeaderString({ payload: event, secret: WEBHOOK_SECRET })
        const response = await post(event, signature)
        expect(response.status).toBe(200)
      })

      it("refuses a payload signed with another secret, a tampered payload and a missing signature", async () => {
        const wrongSecret = stripe.webhooks.generateTestHeaderString({ payload: event, secret: "whsec_attacker" })
        const refused = await failing(post(event, wrongSecret))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe("Invalid Stripe signature")

        const signedOther = stripe.webhooks.generateTestHeaderString({
          payload: event.replace("215000", "1"),
          secret: WEBHOOK_SECRET,
        })
        expect((await failing(post(event, signedOther))).status).toBe(400)
        expect((await failing(post(event))).status).toBe(400)
      })

      it("refuses a signature older than Stripe's tolerance", async () => {
        const old = stripe.webhooks.generateTestHeaderString({
          payload: event,
          secret: WEBHOOK_SECRET,
          timestamp: Math.floor(Date.now() / 1000) - 3600,
        })
        expect((await failing(post(event, old))).status).toBe(400)
      })
    })

    describe("card payment completed from Stripe's webhook", () => {
      /** What the storefront does up to mounting Stripe's Payment Element. */
      async function cartWithStripeSession(): Promise<{ cart: StoreCart; session: PaymentSession }> {
        const { cartId, paymentCollectionId } = await cartReadyForPayment(api, store, {
          regionId: setup.regionId,
          variantId,
          quantity: 2,
        })
        const sessionsUrl = `/store/payment-collections/${paymentCollectionId}/payment-sessions`
        const created = (await api.post(sessionsUrl, { provider_id: STRIPE }, store)).data
        const sessions = created.payment_collection.payment_sessions as PaymentSession[]
        const session = sessions.find((candidate) => candidate.provider_id === STRIPE)
        if (!session) throw new Error("no Stripe payment session")
        const current = (await api.get(`/store/carts/${cartId}`, store)).data.cart as StoreCart
        return { cart: current, session }
      }

      async function orderIdOf(cartId: string): Promise<string | undefined> {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "cart", fields: ["id", "order.id"], filters: { id: cartId } })
        return data[0]?.order?.id
      }

      async function waitForOrder(cartId: string, timeoutMs = 20_000): Promise<string | undefined> {
        const deadline = Date.now() + timeoutMs
        for (;;) {
          const orderId = await orderIdOf(cartId)
          if (orderId || Date.now() > deadline) return orderId
          await new Promise((resolve) => setTimeout(resolve, 250))
        }
      }

      const signed = (payload: string, secret = WEBHOOK_SECRET) => stripe.webhooks.generateTestHeaderString({ payload, secret })
      const intentPath = (id: string) => new RegExp(`^/v1/payment_intents/${id}$`)

      it("creates the PaymentIntent for the exact VND total and hands its client secret to the storefront", async () => {
        const from = contract.requests.length
        const { cart, session } = await cartWithStripeSession()
        expect(cart.total).toBe(2 * 85000 + 30000)

        const calls = contract.requests.slice(from)
        const creates = calls.filter((call) => call.method === "POST" && call.path === "/v1/payment_intents")
        expect(creates).toHaveLength(1)
        const [create] = creates
        expect(create.status).toBe(200)
        expect(create.headers.authorization).toBe(`Bearer ${API_KEY}`)
        expect(create.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/)
        expect(create.headers["stripe-version"]).toMatch(/^\d{4}-\d{2}-\d{2}/)
        // VND is zero-decimal in Stripe: the amount is the đồng total itself, not ×100.
        expect(create.body).toMatchObject({
          amount: String(cart.total),
          currency: "vnd",
          metadata: { session_id: session.id },
          capture_method: "automatic",
          automatic_payment_methods: { enabled: "true" },
        })

        expect(session.amount).toBe(cart.total)
        expect(session.data).toMatchObject({
          object: "payment_intent",
          amount: cart.total,
          currency: "vnd",
          status: "requires_payment_method",
        })
        expect(session.data.id).toMatch(/^pi_/)
        expect(session.data.client_secret).toMatch(new RegExp(`^${session.data.id}_secret_`))
        expect(calls.filter((call) => call.status >= 400)).toEqual([])
      })

      it("places and captures the order from payment_intent.succeeded alone, and ignores a forged event", async () => {
        const admin = await adminHeaders(getContainer(), api)
        const from = contract.requests.length
        const genuine = await cartWithStripeSession()
        const forged = await cartWithStripeSession()

        // Both shoppers pay in the Payment Element, then close the browser: nobody calls /complete.
        const paidGenuine = contract.payWithCard(genuine.session.data.id)
        const paidForged = contract.payWithCard(forged.session.data.id)
        expect(paidGenuine).toMatchObject({
          status: "succeeded",
          amount_received: genuine.cart.total,
          metadata: { session_id: genuine.session.id },
        })

        const forgedEvent = contract.event("payment_intent.succeeded", paidForged)
        const refused = await failing(post(forgedEvent, signed(forgedEvent, "whsec_attacker")))
        expect(refused.status).toBe(400)

        const genuineEvent = contract.event("payment_intent.succeeded", paidGenuine)
        expect((await post(genuineEvent, signed(genuineEvent))).status).toBe(200)

        const orderId = await waitForOrder(genuine.cart.id)
        expect(orderId).toBeDefined()
        const fields = "id,total,payment_status,*payment_collections.payments,*payment_collections.payments.captures"
        const order = (await api.get(`/admin/orders/${orderId}?fields=${fields}`, admin)).data.order as AdminOrder
        expect(order.total).toBe(genuine.cart.total)
        expect(order.payment_status).toBe("captured")
        const [payment] = order.payment_collections.flatMap((collection) => collection.payments)
        expect(payment).toMatchObject({ provider_id: STRIPE, amount: genuine.cart.total })
        expect(payment.captured_at).toBeTruthy()
        expect(payment.captures.reduce((sum, capture) => sum + capture.amount, 0)).toBe(genuine.cart.total)

        // Medusa took the intent's status from Stripe itself, not from the event; with automatic capture
        // Stripe had already captured, so Medusa only records the capture.
        const calls = contract.requests.slice(from)
        const reads = calls.filter((call) => call.method === "GET" && intentPath(genuine.session.data.id).test(call.path))
        expect(reads.length).toBeGreaterThan(0)
        expect(calls.filter((call) => call.path.endsWith("/capture"))).toEqual([])
        expect(calls.filter((call) => call.status >= 400)).toEqual([])

        // The forged event was sent first, so had it been queued it would have been handled by now.
        expect(await orderIdOf(forged.cart.id)).toBeUndefined()
        expect(calls.filter((call) => intentPath(forged.session.data.id).test(call.path))).toEqual([])
      })
    })
  },
})

describe("Stripe contract server", () => {
  type Answer = { error?: { type: string; code?: string; param?: string }; id?: string; client_secret?: string }
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${env.STRIPE_API_BASE}${path}`, init).then(async (response) => ({
      status: response.status,
      body: (await response.json()) as Answer,
    }))
  const create = (body: string) => call("/v1/payment_intents", form(body))
  const form = (body: string, key = API_KEY): RequestInit => ({
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/x-www-form-urlencoded" },
    body,
  })
  const valid = "amount=215000&currency=vnd&metadata[session_id]=payses_contract"

  it("answers bad input with Stripe's error envelope and status", async () => {
    expect((await call("/v1/payment_intents", { method: "POST", body: valid })).status).toBe(401)
    expect((await call("/v1/payment_intents", form(valid, "sk_test_other"))).body.error?.type).toBe("invalid_request_error")
    const json = await call("/v1/payment_intents", {
      method: "POST",
      headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
      body: JSON.stringify({ amount: 215000, currency: "vnd" }),
    })
    expect(json.status).toBe(400)
    const fractional = await create("amount=2150.5&currency=vnd&metadata[session_id]=payses_x")
    expect(fractional.body.error).toMatchObject({ code: "parameter_invalid_integer", param: "amount" })
    expect((await create("amount=215000&currency=vnd")).body.error?.param).toBe("metadata[session_id]")
    expect((await create(`${valid}&automatic_payment_method=true`)).body.error?.code).toBe("parameter_unknown")
    expect((await create(valid.replace("215000", "100000000"))).body.error?.code).toBe("amount_too_large")
    const missing = await call("/v1/payment_intents/pi_missing", { headers: { authorization: `Bearer ${API_KEY}` } })
    expect(missing).toMatchObject({ status: 404, body: { error: { code: "resource_missing" } } })
  })

  it("creates Stripe-shaped intents and replays an idempotent request", async () => {
    const init = { ...form(valid), headers: { ...form(valid).headers, "idempotency-key": "key-1" } }
    const first = await call("/v1/payment_intents", init)
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ object: "payment_intent", amount: 215000, currency: "vnd" })
    expect(first.body.client_secret).toMatch(new RegExp(`^${first.body.id}_secret_`))
    expect((await call("/v1/payment_intents", init)).body.id).toBe(first.body.id)
    const reused = await call("/v1/payment_intents", { ...init, body: valid.replace("215000", "1") })
    expect(reused.body.error?.type).toBe("idempotency_error")
  })
})
