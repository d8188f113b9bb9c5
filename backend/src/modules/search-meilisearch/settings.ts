import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { Settings } from "meilisearch" with { "resolution-mode": "import" }
import { DEFAULTS, type IndexSettingsOptions, type SortPriority } from "./types"

type FieldDefinition = SearchTypes.SearchFieldDefinition
type FieldKind = SearchTypes.SearchFieldKind
type FacetKind = SearchTypes.SearchFacetKind

/** The part of a (resolved) index definition the provider reads. */
export type IndexDefinitionLike = {
  name: string
  /** The Meilisearch index uid; defaults to `name`. */
  physical_name?: string
  primary_key?: string
  fields: Record<string, FieldDefinition>
  settings?: SearchTypes.SearchIndexSettings
}

/** One leaf field of the definition, with what Meilisearch is told about it. */
export type PlannedField = {
  path: string
  type: FieldKind
  /** The field, or one of the objects it sits in, holds an array. */
  array: boolean
  searchable: boolean
  weight: number
  filterable: boolean
  sortable: boolean
  facets: FacetKind[]
  retrievable: boolean
  /**
   * The Meilisearch attribute that filters, sorts and range/stats facets use.
   * The path itself, except for dates: Meilisearch compares numbers only, so a
   * date is also indexed as epoch milliseconds under {@link dateShadowAttribute}.
   */
  attribute: string
}

export type IndexPlan = {
  /** The logical index name (for messages). */
  name: string
  uid: string
  primaryKey: string
  /** Leaf fields by dotted path (vector fields excluded). */
  fields: Map<string, PlannedField>
  /** Searchable attributes, most important first. */
  searchable: string[]
  /** Every declared leaf path: what documents keep. */
  indexed: string[]
  /** Retrievable leaf paths plus the primary key: what hits show (`displayedAttributes`). */
  displayed: string[]
  /** Date fields, whose shadow attribute documents carry. */
  dates: PlannedField[]
  locales: string[]
  sortPriority: SortPriority
  settings: Settings
  /** Fields left out of the index, with why (vector fields). */
  ignored: string[]
}

/** Words the filter grammar reserves: an attribute spelled like one could not be filtered. */
const FILTER_KEYWORDS = new Set([
  "AND", "OR", "IN", "NOT", "TO", "EXISTS", "IS", "NULL", "EMPTY", "CONTAINS", "STARTS", "WITH",
  "_geoRadius", "_geoBoundingBox", "_geoPoint", "_geoDistance", "_geo",
])
const PATH_SEGMENT = /^[A-Za-z0-9_-]+$/
const INDEX_UID = /^[A-Za-z0-9_-]{1,400}$/
const LOCALE = /^[a-z]{2,3}$/

const RANKING_SORT_FIRST = ["sort", "words", "typo", "proximity", "attribute", "exactness"]
const RANKING_RELEVANCE_FIRST = ["words", "typo", "proximity", "attribute", "sort", "exactness"]

/** Where a date's epoch-millisecond copy lives in the document (a top-level attribute). */
export function dateShadowAttribute(path: string): string {
  return `_ts__${path.split(".").join("__")}`
}

function invalid(definition: IndexDefinitionLike, message: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `Search index "${definition.name}" cannot be held by Meilisearch: ${message}`
  )
}

function isSearchable(field: FieldDefinition): boolean {
  return field.searchable === true || typeof field.searchable === "object"
}

function searchWeight(field: FieldDefinition): number {
  return typeof field.searchable === "object" && typeof field.searchable.weight === "number"
    ? field.searchable.weight
    : 1
}

/** The facet kinds a field declares, with the Search Module's defaults. */
function facetKinds(field: FieldDefinition): FacetKind[] {
  const numeric = field.type === "integer" || field.type === "float" || field.type === "date"
  const defaults: FacetKind[] = numeric ? ["range"] : ["value"]
  if (field.facetable === true) return defaults
  if (typeof field.facetable === "object") return field.facetable.types ?? defaults
  return []
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

type FlatField = { path: string; field: FieldDefinition; array: boolean }

function flatten(fields: Record<string, FieldDefinition>, prefix: string, inArray: boolean): FlatField[] {
  const flat: FlatField[] = []
  for (const [name, field] of Object.entries(fields)) {
    const path = prefix ? `${prefix}.${name}` : name
    const array = inArray || field.array === true
    if (field.type === "object") {
      flat.push(...flatten(field.fields ?? {}, path, array))
      continue
    }
    flat.push({ path, field, array })
  }
  return flat
}

function typoThreshold(definition: IndexDefinitionLike, label: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 255) {
    throw invalid(definition, `${label} must be an integer from 0 to 255 (got ${value})`)
  }
  return value
}

/**
 * Translates an index definition into the Meilisearch index it needs: the
 * field plan the query and document translations use, and the settings.
 *
 * Settings, and why:
 * - `searchableAttributes`: searchable fields by descending `weight`, ties in
 *   declaration order. Meilisearch's `attribute` rule ranks a match by the
 *   position of its attribute in this list, so the heaviest field (the title)
 *   comes first.
 * - `filterableAttributes`: every filterable or facetable field (facets need
 *   it too), plus the primary key (deletes by filter, the "match nothing"
 *   filter). Dates are filtered through their numeric shadow.
 * - `typoTolerance`: on, with one typo from 4 letters and two from 8.
 *   Folded Vietnamese syllables are 1–7 letters; Meilisearch's defaults (5/9)
 *   leave every 4-letter syllable ("huog", "banh", "khao") without typo
 *   tolerance, so "nam huog" would never find "nấm hương". 3 letters would
 *   let "nam" match "nem", "mam", "cam"… — too many real syllables one edit
 *   apart. Two typos only reach tokens longer than any syllable (brand names,
 *   words typed without spaces such as "banhkhao").
 * - `rankingRules`: `sort` first by default, so an explicit order is strict;
 *   see {@link SortPriority}.
 * - `localizedAttributes`: the searchable attributes are Vietnamese (`vie`),
 *   so short titles are not mis-detected as another language and tokenised by
 *   its rules (Turkish case folding, German compound splitting…).
 * - `distinctAttribute`: the definition's `distinct_attribute`, otherwise none
 *   (each product is already one document; distinct on the primary key would
 *   only cost a facet per document).
 * - `pagination.maxTotalHits` / `faceting.maxValuesPerFacet`: raised so a
 *   10,000-product catalogue can be paged and counted to the end and facets
 *   such as producers are not cut at 100 values; facet values are truncated
 *   by count, not alphabetically.
 *
 * Diacritics: Meilisearch's tokenizer decomposes and drops combining marks
 * and, since charabia 0.8.6 (Meilisearch 1.7), maps Đ/đ/Ð to "d", so
 * "banh khao", "BÁNH KHẢO" and "bánh khảo" are the same words. A folded copy
 * such as `title_ascii` is not needed here, but is indexed if declared.
 *
 * `settings.provider_options.meilisearch` is merged last, as raw Meilisearch
 * settings (synonyms, stop words…).
 */
export function buildIndexPlan(definition: IndexDefinitionLike, options: IndexSettingsOptions = {}): IndexPlan {
  const uid = definition.physical_name ?? definition.name
  if (!INDEX_UID.test(uid)) {
    throw invalid(definition, `the index uid "${uid}" may only hold letters, digits, "-" and "_" (at most 400)`)
  }
  const primaryKey = definition.primary_key ?? "id"
  const ignored: string[] = []
  const fields = new Map<string, PlannedField>()

  for (const { path, field, array } of flatten(definition.fields, "", false)) {
    if (field.type === "vector") {
      ignored.push(`${path} (vector fields are not supported by this provider)`)
      continue
    }
    if (!path.split(".").every((segment) => PATH_SEGMENT.test(segment)) || FILTER_KEYWORDS.has(path)) {
      throw invalid(definition, `field "${path}" needs a name of letters, digits, "-" and "_" that is not a filter keyword`)
    }
    const facets = facetKinds(field)
    if (field.type === "geo" && (field.filterable || field.sortable || facets.length)) {
      throw invalid(definition, `geo field "${path}" cannot be filtered, sorted or faceted by this provider`)
    }
    fields.set(path, {
      path,
      type: field.type,
      array,
      searchable: isSearchable(field),
      weight: searchWeight(field),
      filterable: field.filterable === true,
      sortable: field.sortable === true,
      facets,
      retrievable: field.retrievable !== false,
      attribute: field.type === "date" ? dateShadowAttribute(path) : path,
    })
  }

  const key = fields.get(primaryKey)
  if (!key || !["keyword", "text", "integer"].includes(key.type) || key.array) {
    throw invalid(definition, `primary key "${primaryKey}" must be a declared keyword, text or integer field`)
  }

  const planned = [...fields.values()]
  const searchable = planned
    .filter((field) => field.searchable)
    .map((field, order) => ({ field, order }))
    .sort((a, b) => b.field.weight - a.field.weight || a.order - b.order)
    .map(({ field }) => field.path)

  const filterable: string[] = [primaryKey]
  for (const field of planned) {
    const rangeOrStats = field.facets.includes("range") || field.facets.includes("stats")
    if (field.filterable || rangeOrStats) filterable.push(field.attribute)
    if (field.facets.includes("value")) filterable.push(field.path)
  }
  const sortable = planned.filter((field) => field.sortable).map((field) => field.attribute)
  const displayed = unique([primaryKey, ...planned.filter((field) => field.retrievable).map((field) => field.path)])

  const declared = definition.settings ?? {}
  const typo = declared.typo_tolerance ?? {}
  const oneTypo = typoThreshold(
    definition,
    "min_word_size_for_one_typo",
    typo.min_word_size_for_one_typo ?? options.typoTolerance?.oneTypo ?? DEFAULTS.oneTypo
  )
  const twoTypos = typoThreshold(
    definition,
    "min_word_size_for_two_typos",
    typo.min_word_size_for_two_typos ?? options.typoTolerance?.twoTypos ?? DEFAULTS.twoTypos
  )
  if (twoTypos < oneTypo) {
    throw invalid(definition, `min_word_size_for_two_typos (${twoTypos}) is below min_word_size_for_one_typo (${oneTypo})`)
  }
  for (const path of typo.disabled_on_attributes ?? []) {
    if (!fields.has(path)) throw invalid(definition, `typo_tolerance.disabled_on_attributes names unknown field "${path}"`)
  }
  const distinct = declared.distinct_attribute
  if (distinct !== undefined && !fields.has(distinct)) {
    throw invalid(definition, `distinct_attribute names unknown field "${distinct}"`)
  }

  const locales = options.locales ?? [...DEFAULTS.locales]
  for (const locale of locales) {
    if (!LOCALE.test(locale)) throw invalid(definition, `locale "${locale}" is not an ISO 639 code such as "vie"`)
  }
  const maxTotalHits = options.maxTotalHits ?? DEFAULTS.maxTotalHits
  const maxValuesPerFacet = options.maxValuesPerFacet ?? DEFAULTS.maxValuesPerFacet
  for (const [label, value] of [["maxTotalHits", maxTotalHits], ["maxValuesPerFacet", maxValuesPerFacet]] as const) {
    if (!Number.isInteger(value) || value < 1) throw invalid(definition, `${label} must be a positive integer`)
  }
  const sortPriority = options.sortPriority ?? DEFAULTS.sortPriority

  const settings: Settings = {
    // An index with nothing searchable still needs a list: the key, which a text query never reaches (it is refused).
    searchableAttributes: searchable.length ? searchable : [primaryKey],
    filterableAttributes: unique(filterable),
    sortableAttributes: unique(sortable),
    displayedAttributes: displayed,
    rankingRules: sortPriority === "sort" ? [...RANKING_SORT_FIRST] : [...RANKING_RELEVANCE_FIRST],
    typoTolerance: {
      enabled: typo.enabled ?? true,
      minWordSizeForTypos: { oneTypo, twoTypos },
      disableOnAttributes: typo.disabled_on_attributes ?? [],
    },
    distinctAttribute: distinct ?? null,
    pagination: { maxTotalHits },
    faceting: { maxValuesPerFacet, sortFacetValuesBy: { "*": "count" } },
  }
  if (locales.length) {
    settings.localizedAttributes = searchable.length ? [{ attributePatterns: searchable, locales }] : null
  }
  const overrides = declared.provider_options?.meilisearch
  if (overrides !== undefined && !isRecord(overrides)) {
    throw invalid(definition, "settings.provider_options.meilisearch must be an object of Meilisearch settings")
  }

  return {
    name: definition.name,
    uid,
    primaryKey,
    fields,
    searchable,
    indexed: planned.map((field) => field.path),
    displayed,
    dates: planned.filter((field) => field.type === "date"),
    locales,
    sortPriority,
    settings: overrides ? { ...settings, ...(overrides as Settings) } : settings,
    ignored,
  }
}

/** The Meilisearch settings for an index definition (see {@link buildIndexPlan}). */
export function buildIndexSettings(definition: IndexDefinitionLike, options: IndexSettingsOptions = {}): Settings {
  return buildIndexPlan(definition, options).settings
}
