import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { VietnamesePostgresSearchService } from "./service"

/** Search Module provider "search-postgres-vi": PostgreSQL full text and trigram typos, folded for Vietnamese. */
export default ModuleProvider(Modules.SEARCH, { services: [VietnamesePostgresSearchService] })
