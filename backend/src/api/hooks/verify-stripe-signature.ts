import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Stripe from "stripe"

type RawRequest = MedusaRequest & { rawBody?: Buffer | string }

/**
 * Stripe webhooks are verified before anything is queued: a payload whose
 * signature does not match STRIPE_WEBHOOK_SECRET is answered 400 at once.
 * Medusa's own /hooks/payment/stripe_stripe route then enqueues the event and
 * its payment-webhook subscriber completes the cart — also when the shopper's
 * browser closed after paying.
 */
export function verifyStripeSignature(secret: string | undefined) {
  // The key is not used to verify; the SDK needs one to be constructed.
  const stripe = new Stripe(process.env.STRIPE_API_KEY ?? "sk_test_signature_only")
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const signature = req.headers["stripe-signature"]
    const raw = (req as RawRequest).rawBody
    if (!secret) {
      res.status(503).json({ type: "not_allowed", message: "Stripe webhooks are not configured (STRIPE_WEBHOOK_SECRET)" })
      return
    }
    if (typeof signature !== "string" || raw === undefined) {
      res.status(400).json({ type: "invalid_data", message: "Missing Stripe signature" })
      return
    }
    try {
      stripe.webhooks.constructEvent(raw, signature, secret)
    } catch {
      res.status(400).json({ type: "invalid_data", message: "Invalid Stripe signature" })
      return
    }
    next()
  }
}
