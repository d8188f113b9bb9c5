import "server-only"
import type { District, ProducerType } from "../ocop-labels"
import { sdk } from "../config"
import type { ProducerListPage, ProducerPage } from "../types"
import { CACHE_TAGS, CATALOGUE_REVALIDATE_SECONDS } from "./cache"
import { isNotFound } from "./not-found"

/** Producer reads are shared catalogue data: tags `producers` (and `products` where products are listed). */
const producerCache = (): Pick<RequestInit, "next" | "cache"> => ({
  next: { revalidate: CATALOGUE_REVALIDATE_SECONDS, tags: [CACHE_TAGS.producers] },
  cache: "force-cache",
})

export const PRODUCERS_PAGE_SIZE = 24

export type ProducerFilters = { q: string | null; type: ProducerType[]; district: District[]; page: number }

export async function listProducers(filters: ProducerFilters, limit = PRODUCERS_PAGE_SIZE): Promise<ProducerListPage> {
  const query: Record<string, string | number> = { limit, offset: (filters.page - 1) * limit }
  if (filters.q) query.q = filters.q
  if (filters.type.length) query.type = filters.type.join(",")
  if (filters.district.length) query.district = filters.district.join(",")
  return sdk().client.fetch<ProducerListPage>("/store/ocop/producers", { query, ...producerCache() })
}

/** A few cooperatives for the home page, real (non-sample) ones first. */
export async function listFeaturedCooperatives(count: number): Promise<ProducerListPage["producers"]> {
  const { producers } = await listProducers({ q: null, type: ["hop_tac_xa"], district: [], page: 1 }, 40)
  return [...producers.filter((producer) => !producer.is_sample), ...producers.filter((producer) => producer.is_sample)].slice(
    0,
    count
  )
}

/** A producer with all its published products (at most 100: producers have a handful). Null when unknown. */
export async function getProducer(handle: string): Promise<ProducerPage | null> {
  if (!/^[a-z0-9-]{1,96}$/.test(handle)) return null
  try {
    return await sdk().client.fetch<ProducerPage>(`/store/ocop/producers/${handle}`, {
      query: { limit: 100, offset: 0 },
      next: {
        revalidate: CATALOGUE_REVALIDATE_SECONDS,
        tags: [CACHE_TAGS.producers, CACHE_TAGS.producer(handle), CACHE_TAGS.products],
      },
      cache: "force-cache",
    })
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** Every producer handle (sitemap). */
export async function listAllProducerHandles(): Promise<string[]> {
  const handles: string[] = []
  for (let page = 1; page <= 100; page++) {
    const result = await listProducers({ q: null, type: [], district: [], page }, 100)
    handles.push(...result.producers.map((producer) => producer.handle))
    if (result.producers.length < 100 || handles.length >= result.count) break
  }
  return handles
}
