import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { CACHE_TAGS } from "./cache"

const COUNTRY = "vn"

/** The region that sells to Vietnam; prices are calculated for it. */
export async function getVietnamRegion(): Promise<HttpTypes.StoreRegion> {
  const { regions } = await sdk().client.fetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: { fields: "id,name,currency_code,*countries" },
    next: { revalidate: 3600, tags: [CACHE_TAGS.regions] },
    cache: "force-cache",
  })
  const region = regions.find((candidate) =>
    candidate.countries?.some((country) => country.iso_2 === COUNTRY)
  )
  if (!region) throw new Error("No region sells to Vietnam (vn): run the seed")
  return region
}
