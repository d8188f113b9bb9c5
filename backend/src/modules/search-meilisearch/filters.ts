import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { PlannedField } from "./settings"

type SearchFilters = SearchTypes.SearchFilters
type FilterValue = SearchTypes.SearchFilterValue

/**
 * A compiled filter. `all` and `none` are kept apart from expressions so that
 * "match everything" is no filter at all and "match nothing" (an empty `$in`)
 * never reaches Meilisearch as an empty `IN []`.
 */
export type CompiledFilter = { kind: "all" } | { kind: "none" } | { kind: "filter"; filter: string }

export type FilterContext = {
  /**
   * The index's leaf fields. When given, every filtered path must be one of
   * them and filterable, and values are cast to the field's type (dates to
   * epoch milliseconds on their shadow attribute). Without it (a delete whose
   * definition this process has not seen) values are taken as typed.
   */
  fields?: Map<string, PlannedField>
  /** For messages. */
  indexName?: string
}

/** `op` is the top-level connective of an expression, which decides whether it needs parentheses. */
type Expr = { kind: "true" } | { kind: "false" } | { kind: "expr"; text: string; op?: "and" | "or" }

const TRUE: Expr = { kind: "true" }
const FALSE: Expr = { kind: "false" }

const ATTRIBUTE = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/
const KEYWORDS = new Set(["AND", "OR", "IN", "NOT", "TO", "EXISTS", "IS", "NULL", "EMPTY", "CONTAINS", "STARTS", "WITH"])
const NUMERIC_STRING = /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/

function invalid(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

function notAllowed(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/**
 * A Meilisearch filter string literal. Inside double quotes the filter parser
 * treats `\"` as a quote and then unescapes backslash sequences, so escaping
 * backslashes first and quotes second makes any text — `" OR 1=1`, `AND`,
 * brackets, a trailing backslash — one value that cannot close its quotes.
 */
export function quoteFilterString(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

/** A number as a filter literal: plain decimal notation (the grammar has no exponents). */
export function formatFilterNumber(value: number): string {
  if (!Number.isFinite(value)) throw invalid(`Cannot filter by the number ${value}`)
  const text = String(value)
  if (!/e/i.test(text)) return text
  if (Math.abs(value) >= 1) throw invalid(`Cannot filter by the number ${text}: it is out of range`)
  return value.toFixed(20).replace(/0+$/, "").replace(/\.$/, "")
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

function isScalar(value: unknown): value is FilterValue {
  return (
    value === null ||
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean" ||
    value instanceof Date
  )
}

type Compiled = Extract<Expr, { kind: "expr" }>

/** Parenthesises an operand of `within` unless it is a plain condition or the same connective. */
function wrap(expr: Compiled, within: "and" | "or"): string {
  return expr.op && expr.op !== within ? `(${expr.text})` : expr.text
}

function atom(text: string): Expr {
  return { kind: "expr", text }
}

function and(parts: Expr[]): Expr {
  if (parts.some((part) => part.kind === "false")) return FALSE
  const exprs = parts.filter((part): part is Compiled => part.kind === "expr")
  if (!exprs.length) return TRUE
  if (exprs.length === 1) return exprs[0]
  return { kind: "expr", text: exprs.map((expr) => wrap(expr, "and")).join(" AND "), op: "and" }
}

function or(parts: Expr[]): Expr {
  if (parts.some((part) => part.kind === "true")) return TRUE
  const exprs = parts.filter((part): part is Compiled => part.kind === "expr")
  if (!exprs.length) return FALSE
  if (exprs.length === 1) return exprs[0]
  return { kind: "expr", text: exprs.map((expr) => wrap(expr, "or")).join(" OR "), op: "or" }
}

function not(expr: Expr): Expr {
  if (expr.kind === "true") return FALSE
  if (expr.kind === "false") return TRUE
  return atom(`NOT (${expr.text})`)
}

function toEpoch(path: string, value: FilterValue): number {
  if (value instanceof Date) {
    const time = value.getTime()
    if (Number.isNaN(time)) throw invalid(`Invalid date in the filter on "${path}"`)
    return time
  }
  if (typeof value === "number") return value
  if (typeof value === "string") {
    const time = Date.parse(value)
    if (!Number.isNaN(time)) return time
  }
  throw invalid(`The filter on "${path}" needs a date, got ${JSON.stringify(value)}`)
}

function toNumber(path: string, value: FilterValue): number {
  if (typeof value === "number") return value
  if (typeof value === "string" && NUMERIC_STRING.test(value)) return Number(value)
  throw invalid(`The filter on "${path}" needs a number, got ${JSON.stringify(value)}`)
}

/** A value as a filter literal, cast to the field's type when the field is known. */
function literal(path: string, field: PlannedField | undefined, value: Exclude<FilterValue, null>): string {
  if (!field) {
    if (typeof value === "number") return formatFilterNumber(value)
    if (typeof value === "boolean") return String(value)
    if (value instanceof Date) return quoteFilterString(value.toISOString())
    return quoteFilterString(value)
  }
  switch (field.type) {
    case "date":
      return formatFilterNumber(toEpoch(path, value))
    case "integer":
    case "float":
      return formatFilterNumber(toNumber(path, value))
    case "boolean":
      if (value === true || value === "true") return "true"
      if (value === false || value === "false") return "false"
      throw invalid(`The filter on "${path}" needs true or false, got ${JSON.stringify(value)}`)
    case "keyword":
    case "text":
      return quoteFilterString(value instanceof Date ? value.toISOString() : String(value))
    default:
      throw notAllowed(`Meilisearch cannot filter the ${field.type} field "${path}"`)
  }
}

/** A literal for `<`, `<=`, `>`, `>=`: numbers and dates only. */
function comparable(path: string, field: PlannedField | undefined, value: FilterValue | undefined): string {
  if (value === null || value === undefined) throw invalid(`A range filter on "${path}" needs a value`)
  if (field) {
    if (field.array) throw notAllowed(`Range operators are not supported on the array field "${path}"`)
    if (field.type === "date") return formatFilterNumber(toEpoch(path, value))
    if (field.type === "integer" || field.type === "float") return formatFilterNumber(toNumber(path, value))
    throw notAllowed(`Meilisearch compares numbers and dates only; "${path}" is a ${field.type} field`)
  }
  if (typeof value === "number") return formatFilterNumber(value)
  throw notAllowed(`Meilisearch compares numbers only; the filter on "${path}" got ${JSON.stringify(value)}`)
}

type FieldTarget = { path: string; attribute: string; field?: PlannedField }

function present(target: FieldTarget): Expr {
  return { kind: "expr", text: `${target.attribute} EXISTS AND ${target.attribute} IS NOT NULL`, op: "and" }
}

function missing(target: FieldTarget): Expr {
  return { kind: "expr", text: `${target.attribute} NOT EXISTS OR ${target.attribute} IS NULL`, op: "or" }
}

function equals(target: FieldTarget, value: FilterValue): Expr {
  if (value === null) return missing(target)
  return atom(`${target.attribute} = ${literal(target.path, target.field, value)}`)
}

/** Equal to (on an array field: contains) any of the values; nothing for an empty list. */
function anyOf(target: FieldTarget, values: FilterValue[]): Expr {
  const concrete = values.filter((value): value is Exclude<FilterValue, null> => value !== null)
  const parts: Expr[] = values.length !== concrete.length ? [missing(target)] : []
  const literals = [...new Set(concrete.map((value) => literal(target.path, target.field, value)))]
  if (literals.length === 1) parts.push(atom(`${target.attribute} = ${literals[0]}`))
  if (literals.length > 1) parts.push(atom(`${target.attribute} IN [${literals.join(", ")}]`))
  return or(parts)
}

function asList(path: string, operator: string, value: unknown): FilterValue[] {
  const values = Array.isArray(value) ? value : [value]
  if (!values.every(isScalar)) throw invalid(`"${operator}" on "${path}" takes a value or a list of values`)
  return values
}

function requireArrayField(target: FieldTarget, operator: string): void {
  if (target.field && !target.field.array) {
    throw notAllowed(`${operator} needs an array field; "${target.path}" is not one`)
  }
}

function operatorPredicate(target: FieldTarget, operator: string, operand: unknown): Expr {
  const { path } = target
  switch (operator) {
    case "$eq":
      if (!isScalar(operand)) throw invalid(`"$eq" on "${path}" takes a single value`)
      return equals(target, operand)
    case "$ne":
      if (!isScalar(operand)) throw invalid(`"$ne" on "${path}" takes a single value`)
      // Like the PostgreSQL provider: documents without the field are "not equal".
      return operand === null ? present(target) : atom(`${target.attribute} != ${literal(path, target.field, operand)}`)
    case "$in":
      return anyOf(target, asList(path, operator, operand))
    case "$nin":
      return not(anyOf(target, asList(path, operator, operand)))
    case "$gt":
    case "$gte":
    case "$lt":
    case "$lte": {
      if (!isScalar(operand)) throw invalid(`"${operator}" on "${path}" takes a single value`)
      const symbol = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }[operator]
      return atom(`${target.attribute} ${symbol} ${comparable(path, target.field, operand)}`)
    }
    case "$exists":
      if (typeof operand !== "boolean") throw invalid(`"$exists" on "${path}" takes true or false`)
      return operand ? present(target) : missing(target)
    case "$contains":
      requireArrayField(target, "$contains")
      return and(asList(path, operator, operand).map((value) => equals(target, value)))
    case "$overlaps":
      requireArrayField(target, "$overlaps")
      return anyOf(target, asList(path, operator, operand))
    case "$prefix":
    case "$like":
      throw notAllowed(
        `Meilisearch has no prefix or substring filter ("${operator}" on "${path}"); search the text with "q" instead`
      )
    default:
      throw notAllowed(`The Meilisearch provider does not support "${operator}" (on "${path}")`)
  }
}

function resolveTarget(path: string, context: FilterContext): FieldTarget {
  if (!context.fields) {
    if (!ATTRIBUTE.test(path) || KEYWORDS.has(path)) throw invalid(`"${path}" is not a field name that can be filtered`)
    return { path, attribute: path }
  }
  const field = context.fields.get(path)
  const index = context.indexName ? ` on search index "${context.indexName}"` : ""
  if (!field) throw invalid(`Unknown field "${path}" used in filters${index}`)
  if (!field.filterable) throw invalid(`Field "${path}" is not filterable${index}`)
  return { path, attribute: field.attribute, field }
}

function fieldPredicate(path: string, raw: unknown, context: FilterContext): Expr {
  const target = resolveTarget(path, context)
  if (isScalar(raw) || Array.isArray(raw)) {
    return anyOf(target, asList(path, "filter", raw))
  }
  if (!isRecord(raw)) throw invalid(`Invalid filter value for "${path}"`)
  const entries = Object.entries(raw).filter(([, operand]) => operand !== undefined)
  if (!entries.length) throw invalid(`Empty operator map on filter field "${path}"`)
  const unknownKey = entries.find(([operator]) => !operator.startsWith("$"))
  if (unknownKey) throw invalid(`"${unknownKey[0]}" is not a filter operator (on "${path}")`)
  return and(entries.map(([operator, operand]) => operatorPredicate(target, operator, operand)))
}

function filterBranches(key: string, value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value) || !value.every(isRecord)) throw invalid(`"${key}" takes a list of filter objects`)
  return value
}

/** Compiles one filter object; `undefined` when it holds no clause (it then restricts nothing). */
function compileBranch(filters: Record<string, unknown>, context: FilterContext): Expr | undefined {
  const parts: Expr[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || key === "q") continue
    if (key === "$and" || key === "$or") {
      const branches = filterBranches(key, value)
        .map((branch) => compileBranch(branch, context))
        .filter((branch): branch is Expr => branch !== undefined)
      if (branches.length) parts.push(key === "$and" ? and(branches) : or(branches))
      continue
    }
    if (key === "$not") {
      if (!isRecord(value)) throw invalid(`"$not" takes a filter object`)
      const branch = compileBranch(value, context)
      if (branch) parts.push(not(branch))
      continue
    }
    if (key.startsWith("$")) throw notAllowed(`"${key}" is not a supported logical operator`)
    parts.push(fieldPredicate(key, value, context))
  }
  return parts.length ? and(parts) : undefined
}

/**
 * Compiles the Search Module's filter tree into a Meilisearch filter string.
 * Field names come from the index definition and values are always literals
 * (numbers, booleans, or quoted and escaped strings), so no value can add
 * filter syntax. Operators Meilisearch cannot express (`$prefix`, `$like`,
 * ranges on text or arrays) are refused rather than approximated.
 */
export function compileFilters(filters: SearchFilters | undefined, context: FilterContext = {}): CompiledFilter {
  if (!filters) return { kind: "all" }
  const expr = compileBranch(filters, context)
  if (!expr || expr.kind === "true") return { kind: "all" }
  if (expr.kind === "false") return { kind: "none" }
  return { kind: "filter", filter: expr.text }
}

/** A filter that matches no document (the primary key is always present). */
export function matchNothingFilter(primaryKey: string): string {
  return `${primaryKey} NOT EXISTS`
}

/** Joins filters with AND, each in parentheses. */
export function andFilters(filters: (string | undefined)[]): string | undefined {
  const present = filters.filter((filter): filter is string => !!filter)
  if (!present.length) return undefined
  if (present.length === 1) return present[0]
  return present.map((filter) => `(${filter})`).join(" AND ")
}
