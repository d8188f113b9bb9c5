import type { ISearchModuleService, MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { dayNumber } from "../../../../lib/search/product-document"
import { highlightTitle, suggestFromTitles, type HighlightSegment } from "../../../../lib/search/query-text"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type { CatalogueFacets } from "../../../../modules/ocop/catalogue-query"
import type { Day } from "../../../../modules/ocop/domain/dates"
import type OcopModuleService from "../../../../modules/ocop/service"
import type { ProductGroup } from "../../../../modules/ocop/domain/classification"
import type { District } from "../../../../modules/ocop/domain/geography"
import type { ProducerType } from "../../../../modules/ocop/domain/producer-types"
import { catalogueCards, type CatalogueCard } from "../products/catalogue-page"

/** The product index declared in src/search/product.ts. */
const PRODUCT_INDEX = "product"

export const SEARCH_SORTS = ["relevance", "stars", "newest", "price_asc", "price_desc", "title"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

const ORDER: Record<SearchSort, Record<string, SearchTypes.SearchOrderBy>> = {
  relevance: { _score: "DESC", stars: "DESC", created_at: "DESC", id: "ASC" },
  stars: { stars: "DESC", created_at: "DESC", id: "ASC" },
  newest: { created_at: "DESC", id: "ASC" },
  price_asc: { price_vnd: "ASC", id: "ASC" },
  price_desc: { price_vnd: "DESC", id: "ASC" },
  title: { title_sort: "ASC", id: "ASC" },
}

/** What a search result card shows, read from the index document. */
type IndexCard = { handle?: string; title?: string; subtitle?: string | null; thumbnail?: string | null; price_vnd?: number | null }
const INDEX_CARD_FIELDS = ["id", "handle", "title", "subtitle", "thumbnail", "price_vnd"]

/** Search cards by product id: the card fields plus `price_vnd`, the cheapest pack's price in whole đồng. */
function indexCards(hits: SearchTypes.SearchHit<IndexCard>[]): Map<string, { id: string; title: string; [field: string]: unknown }> {
  return new Map(
    hits.map((hit) => [
      hit.id,
      {
        id: hit.id,
        handle: hit.document.handle ?? "",
        title: hit.document.title ?? "",
        subtitle: hit.document.subtitle ?? null,
        thumbnail: hit.document.thumbnail ?? null,
        price_vnd: hit.document.price_vnd ?? null,
      },
    ])
  )
}

const FACETS = { stars: "stars", group: "group", district: "district", producer_type: "producer_type" } as const

/** Below this many results the answer also carries a "did you mean". */
const FEW_RESULTS = 3
/** The catalogue's text search takes at most this many matches (Meilisearch's default window too). */
export const MAX_CATALOGUE_MATCHES = 1000

const searchModule = (container: MedusaContainer) => container.resolve<ISearchModuleService>(Modules.SEARCH)

/** What Medusa's /store/search applies for a publishable key: published products of its sales channels. */
function storeScope(salesChannelIds: string[]): SearchTypes.SearchFilters {
  return { status: "published", sales_channel_ids: salesChannelIds }
}

/** OCOP search: only products whose current certificate may show the mark today. */
function ocopScope(salesChannelIds: string[], today: Day): SearchTypes.SearchFilters {
  return { ...storeScope(salesChannelIds), ocop_valid_until: { $gt: dayNumber(today) } }
}

/**
 * The products matching a text query, best first, for the catalogue
 * (`/store/ocop/products?q=`): same matching as the search, over every
 * published product of the key's channels, certified or not.
 */
export async function matchingProductIds(
  container: MedusaContainer,
  input: { q: string; salesChannelIds: string[] }
): Promise<string[]> {
  const result = await searchModule(container).search({
    entity: PRODUCT_INDEX,
    fields: ["id"],
    filters: { ...storeScope(input.salesChannelIds), q: input.q },
    pagination: { skip: 0, take: MAX_CATALOGUE_MATCHES, order: ORDER.relevance },
    search_options: { typo_tolerance: true, count: "none" },
  })
  return result.hits.map((hit) => hit.id)
}

export type OcopSearchInput = {
  q: string
  salesChannelIds: string[]
  today: Day
  stars?: number[]
  groups?: ProductGroup[]
  districts?: District[]
  producerTypes?: ProducerType[]
  producerHandles?: string[]
  /** Only products with a pack that can be bought now. */
  inStock?: boolean
  priceMin?: number
  priceMax?: number
  sort?: SearchSort
  offset: number
  limit: number
  withFacets: boolean
}

export type OcopSearchProduct = CatalogueCard & { highlight: { title: HighlightSegment[] } }

export type OcopSearchPage = {
  products: OcopSearchProduct[]
  count: number
  facets?: CatalogueFacets
  suggestion: string | null
  /** Milliseconds spent in the Search Module, hydrating the page, and finding a suggestion. */
  timings: { search: number; hydrate: number; suggest: number }
}

function filtersFor(input: OcopSearchInput): SearchTypes.SearchFilters {
  const filters: SearchTypes.SearchFilters = ocopScope(input.salesChannelIds, input.today)
  if (input.stars?.length) filters.stars = input.stars
  if (input.groups?.length) filters.group = input.groups
  if (input.districts?.length) filters.district = input.districts
  if (input.producerTypes?.length) filters.producer_type = input.producerTypes
  if (input.producerHandles?.length) filters.producer_handle = input.producerHandles
  if (input.inStock) filters.in_stock = true
  if (input.priceMin !== undefined || input.priceMax !== undefined) {
    filters.price_vnd = {
      ...(input.priceMin !== undefined ? { $gte: input.priceMin } : {}),
      ...(input.priceMax !== undefined ? { $lte: input.priceMax } : {}),
    }
  }
  return filters
}

function facetCounts(facets: Record<string, SearchTypes.SearchFacetResult> | undefined): CatalogueFacets {
  const counts = (field: string): Record<string, number> => {
    const facet = facets?.[field]
    return facet?.type === "value" ? Object.fromEntries(facet.values.map((entry) => [entry.value, entry.count])) : {}
  }
  return {
    stars: counts(FACETS.stars),
    group: counts(FACETS.group),
    district: counts(FACETS.district),
    producer_type: counts(FACETS.producer_type),
  }
}

/** Did you mean, from the titles a looser search (any word, typos) finds. Providers that correct typos say which words they corrected in `provider_metadata.corrections`. */
async function suggestion(container: MedusaContainer, input: OcopSearchInput): Promise<string | null> {
  const loose = await searchModule(container).search<{ title?: string }>({
    entity: PRODUCT_INDEX,
    fields: ["title"],
    filters: { ...ocopScope(input.salesChannelIds, input.today), q: input.q },
    pagination: { skip: 0, take: 10, order: ORDER.relevance },
    search_options: { typo_tolerance: true, match_strategy: "any", count: "none" },
  })
  const titles = loose.hits.flatMap((hit) => (hit.document.title ? [hit.document.title] : []))
  return suggestFromTitles(input.q, titles)
}

/**
 * GET /store/ocop/search: the Search Module ranks, filters, counts and facets
 * OCOP products (without words: in the catalogue's stars-first order); cards
 * come from the index documents plus the catalogue rows (badge, producer);
 * titles get highlight segments; few results bring a suggestion.
 */
export async function searchOcopProducts(container: MedusaContainer, input: OcopSearchInput): Promise<OcopSearchPage> {
  // Without words there is nothing to rank: the catalogue's order (stars first).
  const sort = !input.q && (!input.sort || input.sort === "relevance") ? "stars" : (input.sort ?? "relevance")
  const startedAt = performance.now()
  const result = await searchModule(container).search<IndexCard>({
    entity: PRODUCT_INDEX,
    fields: INDEX_CARD_FIELDS,
    filters: { ...filtersFor(input), ...(input.q ? { q: input.q } : {}) },
    pagination: { skip: input.offset, take: input.limit, order: ORDER[sort] },
    search_options: {
      typo_tolerance: true,
      count: "exact",
      ...(input.withFacets ? { facets: Object.values(FACETS).map((field) => ({ field, type: "value" as const, limit: 50 })) } : {}),
    },
  })
  const ids = result.hits.map((hit) => hit.id)
  const count = result.metadata.count ?? ids.length
  const searchedAt = performance.now()

  // Card fields come from the index (kept current by product, price and
  // stock events); the catalogue rows add the badge and the producer. Pricing
  // every hit through Medusa's query cost more than the search itself.
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const page = ids.length
    ? await ocop.queryCatalogue({
        salesChannelIds: input.salesChannelIds,
        today: input.today,
        productIds: ids,
        sort: "relevance",
        offset: 0,
        limit: ids.length,
        withFacets: false,
        withCount: false,
      })
    : { rows: [] }
  const cards = catalogueCards(page.rows, indexCards(result.hits), input.today)
  const products = cards.map((card) => ({ ...card, highlight: { title: highlightTitle(card.title, input.q ?? "") } }))
  const hydratedAt = performance.now()
  // Did you mean: from the titles found when few were found or the engine
  // corrected words; from a looser search when nothing was found.
  const corrected = !!result.provider_metadata?.corrections
  const suggested = !input.q
    ? null
    : !count
    ? await suggestion(container, input)
    : count < FEW_RESULTS || corrected
      ? suggestFromTitles(input.q, products.slice(0, 5).map((product) => product.title))
      : null

  return {
    products,
    count,
    ...(input.withFacets ? { facets: facetCounts(result.facets) } : {}),
    suggestion: suggested,
    timings: { search: searchedAt - startedAt, hydrate: hydratedAt - searchedAt, suggest: performance.now() - hydratedAt },
  }
}

export type OcopSuggestions = {
  products: { handle: string; title: string; thumbnail: string | null; stars: number | null }[]
  producers: { handle: string; name: string; type: string }[]
}

/**
 * GET /store/ocop/search/suggest: search as you type. The last word counts as
 * a prefix ("banh kh" → Bánh khảo…); up to 5 OCOP products from the index
 * and 3 producers whose name, commune or address contains the words.
 */
export async function suggestOcop(
  container: MedusaContainer,
  input: { q: string; salesChannelIds: string[]; today: Day }
): Promise<OcopSuggestions> {
  if (!input.q) return { products: [], producers: [] }
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const [products, producers] = await Promise.all([
    searchModule(container).search<{ handle?: string; title?: string; thumbnail?: string | null; stars?: number | null }>({
      entity: PRODUCT_INDEX,
      fields: ["handle", "title", "thumbnail", "stars"],
      filters: { ...ocopScope(input.salesChannelIds, input.today), q: input.q },
      pagination: { skip: 0, take: 5, order: ORDER.relevance },
      search_options: { typo_tolerance: true, match_strategy: "last", count: "none" },
    }),
    ocop.searchProducers({ q: input.q, offset: 0, limit: 3 }),
  ])
  const found = producers.ids.length
    ? await ocop.listOcopProducers({ id: producers.ids }, { select: ["id", "handle", "name", "type"], take: producers.ids.length })
    : []
  const byId = new Map(found.map((producer) => [producer.id, producer]))
  return {
    products: products.hits.map((hit) => ({
      handle: hit.document.handle ?? "",
      title: hit.document.title ?? "",
      thumbnail: hit.document.thumbnail ?? null,
      stars: hit.document.stars ?? null,
    })),
    producers: producers.ids.flatMap((id) => {
      const producer = byId.get(id)
      return producer ? [{ handle: producer.handle, name: producer.name, type: producer.type }] : []
    }),
  }
}
