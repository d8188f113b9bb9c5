import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError, projectDocument, readDocumentPath } from "@medusajs/framework/utils"
import type { IndexPlan } from "./settings"

/** Meilisearch document ids: an integer, or up to 511 bytes of letters, digits, "-" and "_". */
const DOCUMENT_ID = /^[A-Za-z0-9_-]+$/

function toEpoch(value: unknown): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime()
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined
  if (typeof value === "string") {
    const time = Date.parse(value)
    return Number.isNaN(time) ? undefined : time
  }
  return undefined
}

function checkId(plan: IndexPlan, document: SearchTypes.SearchDocument): void {
  const id = document[plan.primaryKey]
  const valid =
    (typeof id === "number" && Number.isInteger(id)) ||
    (typeof id === "string" && DOCUMENT_ID.test(id) && Buffer.byteLength(id) <= 511)
  if (!valid) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Search index "${plan.name}": Meilisearch cannot store a document whose "${plan.primaryKey}" is ${JSON.stringify(id)} ` +
        `(an integer, or letters, digits, "-" and "_" only)`
    )
  }
}

/**
 * Shapes documents for Meilisearch: only the declared fields are kept (seeds
 * often spread whole entities), and each date field gets its epoch-millisecond
 * shadow so it can be filtered, sorted and range-faceted.
 */
export function prepareDocuments(
  documents: SearchTypes.SearchDocument[],
  plan: IndexPlan
): Record<string, unknown>[] {
  return documents.map((document) => {
    checkId(plan, document)
    const prepared = projectDocument(document, plan.indexed)
    prepared[plan.primaryKey] = document[plan.primaryKey]
    for (const field of plan.dates) {
      const times = readDocumentPath(document, field.path.split("."))
        .map(toEpoch)
        .filter((time): time is number => time !== undefined)
      if (!times.length) continue
      prepared[field.attribute] = field.array ? times : times[0]
    }
    return prepared
  })
}
