import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { RENEWAL_GRACE_DAYS } from "./domain/certificate-rules"
import type { ProductGroup } from "./domain/classification"
import { dayToDate, type Day } from "./domain/dates"
import type { District } from "./domain/geography"
import type { ProducerType } from "./domain/producer-types"

/** `relevance` keeps the order of `productIds` (a search's ranking); without them it is `stars`. */
export const CATALOGUE_SORTS = ["relevance", "stars", "newest", "price_asc", "price_desc", "title"] as const
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number]

export type CatalogueQuery = {
  salesChannelIds: string[]
  today: Day
  stars?: number[]
  groups?: ProductGroup[]
  districts?: District[]
  producerTypes?: ProducerType[]
  producerHandles?: string[]
  producerIds?: string[]
  handles?: string[]
  excludeProductIds?: string[]
  /** Only these products, e.g. the matches of a text search, ranked (see the `relevance` sort). */
  productIds?: string[]
  priceMin?: number
  priceMax?: number
  sort: CatalogueSort
  offset: number
  limit: number
  withFacets: boolean
  /** false when the caller knows the count already (a search hydrating its page). @default true */
  withCount?: boolean
}

export type CatalogueRow = {
  product_id: string
  certificate_valid: boolean
  certificate: {
    id: string
    stars: number
    certificate_number: string
    decision_number: string
    issuer: string
    issued_at: Date
    expires_at: Date
    renewal_filed_at: Date | null
    revoked_at: Date | null
    product_group: string
    product_set: string
    is_sample: boolean
  } | null
  producer: {
    id: string
    name: string
    handle: string
    type: string
    district: string
    commune: string
    is_sample: boolean
  } | null
}

export type CatalogueFacets = {
  stars: Record<string, number>
  group: Record<string, number>
  district: Record<string, number>
  producer_type: Record<string, number>
}

export type CataloguePage = { rows: CatalogueRow[]; count: number; facets?: CatalogueFacets }

/**
 * SQL for "this certificate may show the OCOP mark today": current (not
 * superseded), not revoked, and unexpired or within the renewal grace.
 * Mirrors statusOn()/mayShowBadge() in domain/certificate-rules.ts; an
 * integration test checks that both agree.
 */
export function validCertificateSql(today: Day): [string, Date[]] {
  const at = dayToDate(today)
  return [
    `(c.id IS NOT NULL AND c.superseded_at IS NULL
      AND (c.revoked_at IS NULL OR c.revoked_at > ?)
      AND (c.expires_at > ? OR (c.renewal_filed_at <= ? AND c.expires_at + interval '${RENEWAL_GRACE_DAYS} days' > ?)))`,
    [at, at, at, at],
  ]
}

function baseQuery(knex: Knex, query: CatalogueQuery): Knex.QueryBuilder {
  const [valid, validBindings] = validCertificateSql(query.today)
  const builder = knex("ocop_listing as l")
    .leftJoin("ocop_certificate as c", function joinCertificate() {
      this.on("c.id", "=", "l.certificate_id").andOnNull("c.deleted_at")
    })
    .leftJoin("ocop_producer as p", function joinProducer() {
      this.on("p.id", "=", "l.producer_id").andOnNull("p.deleted_at")
    })
    .whereNull("l.deleted_at")
    .where("l.product_status", "published")
    .whereRaw("l.sales_channel_ids && ?::text[]", [query.salesChannelIds])

  if (query.stars?.length) builder.whereRaw(valid, validBindings).whereIn("c.stars", query.stars)
  if (query.groups?.length) builder.whereIn("c.product_group", query.groups)
  if (query.districts?.length) builder.whereIn("p.district", query.districts)
  if (query.producerTypes?.length) builder.whereIn("p.type", query.producerTypes)
  if (query.producerHandles?.length) builder.whereIn("p.handle", query.producerHandles)
  if (query.producerIds?.length) builder.whereIn("p.id", query.producerIds)
  if (query.handles?.length) builder.whereIn("l.product_handle", query.handles)
  if (query.excludeProductIds?.length) builder.whereNotIn("l.product_id", query.excludeProductIds)
  if (query.productIds) builder.whereIn("l.product_id", query.productIds)
  if (query.priceMin !== undefined) builder.where("l.price_vnd", ">=", query.priceMin)
  if (query.priceMax !== undefined) builder.where("l.price_vnd", "<=", query.priceMax)
  return builder
}

function applySort(builder: Knex.QueryBuilder, query: CatalogueQuery, validStarsSql: string): void {
  const sort = query.sort === "relevance" && !query.productIds?.length ? "stars" : query.sort
  switch (sort) {
    case "relevance":
      builder.orderByRaw("array_position(?::text[], l.product_id)", [query.productIds ?? []])
      break
    case "newest":
      builder.orderBy([{ column: "l.product_created_at", order: "desc" }])
      break
    case "price_asc":
      builder.orderByRaw("l.price_vnd ASC NULLS LAST")
      break
    case "price_desc":
      builder.orderByRaw("l.price_vnd DESC NULLS LAST")
      break
    case "title":
      builder.orderBy("l.product_title", "asc")
      break
    case "stars":
      builder.orderByRaw(`${validStarsSql} DESC`).orderBy("l.product_created_at", "desc")
      break
  }
  builder.orderBy("l.product_id", "asc")
}

async function countBy(base: Knex.QueryBuilder, column: string): Promise<Record<string, number>> {
  const rows: { key: string | number | null; count: string | number }[] = await base
    .clone()
    .clearSelect()
    .clearOrder()
    .select(`${column} as key`)
    .count("* as count")
    .whereNotNull(column)
    .groupBy(column)
  return Object.fromEntries(rows.map((row) => [String(row.key), Number(row.count)]))
}

/** One page of the catalogue with its count and, when asked, facet counts for the same filters. */
export async function queryCatalogue(knex: Knex, query: CatalogueQuery): Promise<CataloguePage> {
  const [valid, validBindings] = validCertificateSql(query.today)
  const validStars = knex.raw(`CASE WHEN ${valid} THEN c.stars ELSE 0 END`, validBindings).toQuery()
  const base = baseQuery(knex, query)

  const page = base
    .clone()
    .select(
      "l.product_id",
      knex.raw(`${valid} as certificate_valid`, validBindings),
      "c.id as c_id",
      "c.stars as c_stars",
      "c.certificate_number as c_certificate_number",
      "c.decision_number as c_decision_number",
      "c.issuer as c_issuer",
      "c.issued_at as c_issued_at",
      "c.expires_at as c_expires_at",
      "c.renewal_filed_at as c_renewal_filed_at",
      "c.revoked_at as c_revoked_at",
      "c.product_group as c_product_group",
      "c.product_set as c_product_set",
      "c.is_sample as c_is_sample",
      "p.id as p_id",
      "p.name as p_name",
      "p.handle as p_handle",
      "p.type as p_type",
      "p.district as p_district",
      "p.commune as p_commune",
      "p.is_sample as p_is_sample"
    )
    .offset(query.offset)
    .limit(query.limit)
  applySort(page, query, validStars)

  const counted = query.withCount === false ? Promise.resolve(null) : base.clone().clearSelect().count("* as count")

  const [rows, countRows] = await Promise.all([page, counted])
  const result: CataloguePage = {
    rows: (rows as Record<string, unknown>[]).map(toRow),
    count: countRows ? Number((countRows as { count: string }[])[0]?.count ?? 0) : rows.length,
  }

  if (query.withFacets) {
    const validOnly = base.clone().whereRaw(valid, validBindings)
    const [stars, group, district, producerType] = await Promise.all([
      countBy(validOnly, "c.stars"),
      countBy(base, "c.product_group"),
      countBy(base, "p.district"),
      countBy(base, "p.type"),
    ])
    result.facets = { stars, group, district, producer_type: producerType }
  }
  return result
}

function toRow(raw: Record<string, unknown>): CatalogueRow {
  return {
    product_id: String(raw.product_id),
    certificate_valid: Boolean(raw.certificate_valid),
    certificate: raw.c_id
      ? {
          id: String(raw.c_id),
          stars: Number(raw.c_stars),
          certificate_number: String(raw.c_certificate_number),
          decision_number: String(raw.c_decision_number),
          issuer: String(raw.c_issuer),
          issued_at: raw.c_issued_at as Date,
          expires_at: raw.c_expires_at as Date,
          renewal_filed_at: (raw.c_renewal_filed_at as Date | null) ?? null,
          revoked_at: (raw.c_revoked_at as Date | null) ?? null,
          product_group: String(raw.c_product_group),
          product_set: String(raw.c_product_set),
          is_sample: Boolean(raw.c_is_sample),
        }
      : null,
    producer: raw.p_id
      ? {
          id: String(raw.p_id),
          name: String(raw.p_name),
          handle: String(raw.p_handle),
          type: String(raw.p_type),
          district: String(raw.p_district),
          commune: String(raw.p_commune),
          is_sample: Boolean(raw.p_is_sample),
        }
      : null,
  }
}
