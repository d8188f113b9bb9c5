import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { foldVietnamese } from "./domain/text"

const ACCENTED =
  "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ"
const PLAIN = foldVietnamese(ACCENTED)

/**
 * Folds Vietnamese in SQL without the unaccent extension (managed databases
 * may lack it): translate() maps each accented letter to its base letter.
 */
export function foldedSql(column: string): string {
  return `lower(translate(${column}, '${ACCENTED}', '${PLAIN}'))`
}

export type ProducerListQuery = {
  q?: string
  types?: string[]
  districts?: string[]
  offset: number
  limit: number
}

/** Producers matching a diacritic-insensitive text query on name, commune and address. */
export async function queryProducers(knex: Knex, query: ProducerListQuery) {
  const base = knex("ocop_producer as p").whereNull("p.deleted_at")
  if (query.types?.length) base.whereIn("p.type", query.types)
  if (query.districts?.length) base.whereIn("p.district", query.districts)
  const q = query.q?.trim()
  if (q) {
    const pattern = `%${foldVietnamese(q).toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    base.where((where) =>
      where
        .whereRaw(`${foldedSql("p.name")} LIKE ?`, [pattern])
        .orWhereRaw(`${foldedSql("p.commune")} LIKE ?`, [pattern])
        .orWhereRaw(`${foldedSql("p.address")} LIKE ?`, [pattern])
    )
  }
  const [rows, counted] = await Promise.all([
    base.clone().select("p.id").orderBy("p.name", "asc").orderBy("p.id", "asc").offset(query.offset).limit(query.limit),
    base.clone().count("* as count"),
  ])
  return {
    ids: (rows as { id: string }[]).map((row) => row.id),
    count: Number((counted as { count: string }[])[0]?.count ?? 0),
  }
}
