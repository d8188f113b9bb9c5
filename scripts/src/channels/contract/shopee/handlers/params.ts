import { ContractError } from "../contract-error"

/** Query and body readers that answer with Shopee's parameter errors. */

export function queryInt(query: URLSearchParams, name: string, required: true): number
export function queryInt(query: URLSearchParams, name: string, required: false): number | null
export function queryInt(query: URLSearchParams, name: string, required: boolean): number | null {
  const raw = query.get(name)
  if (raw === null || raw === "") {
    if (required) throw wrong(`${name} is required`)
    return null
  }
  if (!/^-?\d+$/.test(raw)) throw wrong(`${name} should be an integer`)
  return Number(raw)
}

/** Array parameters: repeated keys (item_status=A&item_status=B) and comma lists (order_sn_list=a,b) both read. */
export function queryList(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter((value) => value !== "")
}

export function wrong(detail: string, error = "error_param"): ContractError {
  return new ContractError(error, `Wrong parameters, detail: ${detail}.`)
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

export function isInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value)
}

export function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value)
}
