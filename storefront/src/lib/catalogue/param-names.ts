/**
 * Every query parameter the catalogue reads. next.config.ts serves
 * /<locale>/products without any of them from the cached default page, so a
 * new parameter must be listed here (a unit test checks it).
 */
export const CATALOGUE_PARAM_NAMES = ["q", "stars", "group", "district", "producer_type", "price_min", "price_max", "sort", "page"] as const
