import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { VietQrPaymentProvider } from "./service"

/** Registered as payment provider "pp_vietqr_vietqr". */
export default ModuleProvider(Modules.PAYMENT, { services: [VietQrPaymentProvider] })
