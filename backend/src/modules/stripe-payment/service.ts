import { createRequire } from "node:module"
import type { IPaymentProvider } from "@medusajs/framework/types"
import medusaStripe, { discoveryPath } from "@medusajs/medusa/payment-stripe"
import { stripeHostConfig, type StripeHostConfig } from "./api-base"

/** Medusa's Stripe options, plus where the Stripe API lives. */
export type StripeProviderOptions = {
  apiKey: string
  webhookSecret?: string
  capture?: boolean
  automaticPaymentMethods?: boolean
  /** A Stripe-compatible origin (e.g. http://127.0.0.1:12111) instead of https://api.stripe.com. */
  apiBase?: string
}

/** The members of Medusa's StripeProviderService this subclass relies on. */
type MedusaStripeProviderClass = {
  identifier: string
  validateOptions(options: StripeProviderOptions): void
  new (cradle: Record<string, unknown>, options: StripeProviderOptions): IPaymentProvider & { stripe_: object }
}

type StripeClientClass = new (apiKey: string, config: StripeHostConfig) => object

function isMedusaStripeProvider(candidate: unknown): candidate is MedusaStripeProviderClass {
  return typeof candidate === "function" && "identifier" in candidate && candidate.identifier === "stripe"
}

/**
 * @medusajs/payment-stripe exports only its ModuleProvider, not the service
 * classes; the plain card provider is the one whose identifier is "stripe".
 */
function medusaStripeProvider(): MedusaStripeProviderClass {
  const provider = medusaStripe.services.find(isMedusaStripeProvider)
  if (!provider) throw new Error("@medusajs/payment-stripe no longer provides a service with identifier 'stripe'")
  return provider
}

/**
 * The same stripe package (and so the same pinned API version) the provider
 * was built against, not the backend's newer one: only the host may differ.
 */
function providerStripeClient(): StripeClientClass {
  const loaded: unknown = createRequire(discoveryPath)("stripe")
  if (typeof loaded !== "function") throw new Error("could not load the stripe client used by @medusajs/payment-stripe")
  return loaded as StripeClientClass
}

/**
 * Medusa's Stripe card provider, unchanged, except that with `apiBase` its
 * client talks to that origin. Same identifier, so the provider stays
 * `pp_stripe_stripe` and its webhook `/hooks/payment/stripe_stripe`.
 */
export class StripePaymentProvider extends medusaStripeProvider() {
  static identifier = "stripe"

  static validateOptions(options: StripeProviderOptions): void {
    super.validateOptions(options)
    if (options.apiBase) stripeHostConfig(options.apiBase)
  }

  constructor(cradle: Record<string, unknown>, options: StripeProviderOptions) {
    super(cradle, options)
    if (options.apiBase) {
      const StripeClient = providerStripeClient()
      this.stripe_ = new StripeClient(options.apiKey, stripeHostConfig(options.apiBase))
    }
  }
}

export default StripePaymentProvider
