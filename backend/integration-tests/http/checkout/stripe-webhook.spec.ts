import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import Stripe from "stripe"
import { describe, expect, it } from "vitest"
import { failing } from "../../helpers/admin"

const WEBHOOK_SECRET = "whsec_ocop_test_secret"
const stripe = new Stripe("sk_test_ocop_offline")

const event = JSON.stringify({
  id: "evt_test_ocop",
  object: "event",
  type: "payment_intent.succeeded",
  data: { object: { id: "pi_test_ocop", object: "payment_intent", amount: 215000, currency: "vnd", metadata: { session_id: "payses_test" } } },
})

medusaIntegrationTestRunner({
  env: { STRIPE_API_KEY: "sk_test_ocop_offline", STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET },
  testSuite: ({ api }) => {
    describe("Stripe webhook", () => {
      const post = (signature?: string) =>
        api.post("/hooks/payment/stripe_stripe", event, {
          headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) },
        })

      it("accepts a payload signed with the webhook secret", async () => {
        const signature = stripe.webhooks.generateTestHeaderString({ payload: event, secret: WEBHOOK_SECRET })
        const response = await post(signature)
        expect(response.status).toBe(200)
      })

      it("refuses a payload signed with another secret, a tampered payload and a missing signature", async () => {
        const wrongSecret = stripe.webhooks.generateTestHeaderString({ payload: event, secret: "whsec_attacker" })
        const refused = await failing(post(wrongSecret))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe("Invalid Stripe signature")

        const signedOther = stripe.webhooks.generateTestHeaderString({
          payload: event.replace("215000", "1"),
          secret: WEBHOOK_SECRET,
        })
        expect((await failing(post(signedOther))).status).toBe(400)
        expect((await failing(post())).status).toBe(400)
      })

      it("refuses a signature older than Stripe's tolerance", async () => {
        const old = stripe.webhooks.generateTestHeaderString({
          payload: event,
          secret: WEBHOOK_SECRET,
          timestamp: Math.floor(Date.now() / 1000) - 3600,
        })
        expect((await failing(post(old))).status).toBe(400)
      })
    })
  },
})
