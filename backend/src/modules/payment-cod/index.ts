import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { CodPaymentProvider } from "./service"

/** Registered as payment provider "pp_cod_cod". */
export default ModuleProvider(Modules.PAYMENT, { services: [CodPaymentProvider] })
