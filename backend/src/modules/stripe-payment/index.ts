import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { StripePaymentProvider } from "./service"

/** Registered with id "stripe": payment provider "pp_stripe_stripe", as with Medusa's own module. */
export default ModuleProvider(Modules.PAYMENT, { services: [StripePaymentProvider] })
