import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchProvider } from "./service"

/**
 * Search Module provider "meilisearch". Register it under the Search Module
 * (`@medusajs/medusa/search`) with `{ resolve: "./src/modules/search-meilisearch",
 * id: "meilisearch", options: { host, apiKey } }` and select it from an index
 * definition with `provider: "meilisearch"` (or the module's `default_provider`).
 */
export default ModuleProvider(Modules.SEARCH, { services: [MeilisearchSearchProvider] })

export { MeilisearchSearchProvider }
export { buildIndexPlan, buildIndexSettings, dateShadowAttribute } from "./settings"
export { planSearch, buildTextQuery } from "./query"
export { compileFilters, quoteFilterString } from "./filters"
export { foldVietnamese } from "./text"
export { MEILISEARCH_PROVIDER_ID, type MeilisearchProviderOptions } from "./types"
