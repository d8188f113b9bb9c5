import type { MedusaContainer } from "@medusajs/framework/types"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"

export function ocopService(container: MedusaContainer): OcopModuleService {
  return container.resolve<OcopModuleService>(OCOP_MODULE)
}
