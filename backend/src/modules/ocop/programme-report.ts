import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { EXPIRING_WINDOW_DAYS, RENEWAL_GRACE_DAYS } from "./domain/certificate-rules"
import { addDays, dayToDate, type Day } from "./domain/dates"
import { PRODUCER_SHARE_TARGETS } from "./domain/producer-types"

export type ProgrammeReport = {
  as_of: Day
  products: {
    total: number
    by_stars: Record<string, number>
    by_group: Record<string, number>
    by_district: Record<string, number>
  }
  producers: {
    total: number
    by_type: Record<string, number>
    by_district: Record<string, number>
    share: {
      hop_tac_xa: { value: number; target: number; met: boolean }
      doanh_nghiep: { value: number; target: number; met: boolean }
    }
  }
  expiring: { certificate_id: string; certificate_number: string; producer_name: string; expires_at: Day; stars: number }[]
  sample_records: number
}

/**
 * A certificate counts on a day when it had been issued, was not yet
 * superseded or revoked, and was unexpired (or within the renewal grace).
 * Each product has at most one such certificate on any day, so counting
 * certificates counts products.
 */
function validOnDay(knex: Knex, day: Day): Knex.QueryBuilder {
  const at = dayToDate(day)
  return knex("ocop_certificate as c")
    .join("ocop_producer as p", "p.id", "c.producer_id")
    .whereNull("c.deleted_at")
    .whereNull("p.deleted_at")
    .where("c.issued_at", "<=", at)
    .where((q) => q.whereNull("c.superseded_at").orWhere("c.superseded_at", ">", at))
    .where((q) => q.whereNull("c.revoked_at").orWhere("c.revoked_at", ">", at))
    .where((q) =>
      q.where("c.expires_at", ">", at).orWhere((grace) =>
        grace
          .where("c.renewal_filed_at", "<=", at)
          .whereRaw(`c.expires_at + interval '${RENEWAL_GRACE_DAYS} days' > ?`, [at])
      )
    )
}

async function countBy(base: Knex.QueryBuilder, column: string, distinct?: string): Promise<Record<string, number>> {
  const rows: { key: string | number; count: string | number }[] = await base
    .clone()
    .select(`${column} as key`)
    .modify((q) => (distinct ? q.countDistinct(`${distinct} as count`) : q.count("* as count")))
    .groupBy(column)
    .orderBy(column)
  return Object.fromEntries(rows.map((row) => [String(row.key), Number(row.count)]))
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, n) => total + n, 0)
const ratio = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 1000 : 0)

export async function programmeReport(knex: Knex, asOf: Day): Promise<ProgrammeReport> {
  const valid = validOnDay(knex, asOf)
  const [byStars, byGroup, productsByDistrict, producersByType, producersByDistrict, samples] = await Promise.all([
    countBy(valid, "c.stars"),
    countBy(valid, "c.product_group"),
    countBy(valid, "p.district"),
    countBy(valid, "p.type", "p.id"),
    countBy(valid, "p.district", "p.id"),
    valid.clone().where("c.is_sample", true).count("* as count"),
  ])
  const windowEnd = dayToDate(addDays(asOf, EXPIRING_WINDOW_DAYS))
  const expiringRows: {
    id: string
    certificate_number: string
    name: string
    expires_at: Date
    stars: number
  }[] = await valid
    .clone()
    .where("c.expires_at", "<=", windowEnd)
    .select("c.id", "c.certificate_number", "p.name", "c.expires_at", "c.stars")
    .orderBy("c.expires_at", "asc")

  const producerTotal = sum(producersByType)
  const share = (type: keyof typeof PRODUCER_SHARE_TARGETS) => {
    const value = ratio(producersByType[type] ?? 0, producerTotal)
    return { value, target: PRODUCER_SHARE_TARGETS[type], met: value >= PRODUCER_SHARE_TARGETS[type] }
  }

  return {
    as_of: asOf,
    products: { total: sum(byStars), by_stars: byStars, by_group: byGroup, by_district: productsByDistrict },
    producers: {
      total: producerTotal,
      by_type: producersByType,
      by_district: producersByDistrict,
      share: { hop_tac_xa: share("hop_tac_xa"), doanh_nghiep: share("doanh_nghiep") },
    },
    expiring: expiringRows.map((row) => ({
      certificate_id: row.id,
      certificate_number: row.certificate_number,
      producer_name: row.name,
      expires_at: row.expires_at.toISOString().slice(0, 10),
      stars: Number(row.stars),
    })),
    sample_records: Number((samples as { count: string }[])[0]?.count ?? 0),
  }
}
