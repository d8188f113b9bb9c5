import type { ErrorType } from "./failure"

/**
 * What the next call to a path should suffer:
 * - http: a bare HTTP status (429, 5xx) with an optional body (not an envelope);
 * - error: a Lazada error envelope (ApiCallLimit, 901/E901, ServiceTimeout ...);
 * - delay: the request is carried out, then the answer is held `ms` real
 *   milliseconds (longer than the client timeout = "done, but the answer was lost").
 */
export type LazadaFault =
  | { kind: "http"; status: number; body?: string }
  | { kind: "error"; code: string; message: string; type: ErrorType }
  | { kind: "delay"; ms: number }

/** The transient failures Lazada documents, ready to queue. */
export const lazadaFault = {
  apiCallLimit: (): LazadaFault => ({ kind: "error", code: "ApiCallLimit", type: "ISV", message: "Api access frequency exceeds the limit. this ban will last 1 seconds" }),
  e901: (): LazadaFault => ({ kind: "error", code: "901", type: "ISP", message: "E901: The request is too frequent, or the requested functionality is temporarily disabled." }),
  serviceTimeout: (): LazadaFault => ({ kind: "error", code: "ServiceTimeout", type: "ISP", message: "The request has failed due to a temporary failure of the server." }),
  http: (status: number, body?: string): LazadaFault => ({ kind: "http", status, body }),
  delay: (ms: number): LazadaFault => ({ kind: "delay", ms }),
}

export type SkuFault = { message: string; field: string }

/** Per-path fault queues plus per-SKU refusals (create, update, price_quantity). */
export class LazadaFaults {
  private readonly queues = new Map<string, LazadaFault[]>()
  private readonly skuFaults = new Map<string, Map<string, SkuFault & { times: number }>>()

  /** Queue `fault` for the next `times` calls to `path` (e.g. "/orders/get"). */
  enqueue(path: string, fault: LazadaFault, times = 1): void {
    const queue = this.queues.get(path) ?? []
    for (let index = 0; index < times; index++) queue.push(fault)
    this.queues.set(path, queue)
  }

  /** Refuse `sellerSku` in the next `times` calls to `path` with a `detail` entry. */
  failSku(path: string, sellerSku: string, fault: Partial<SkuFault> = {}, times = 1): void {
    const bySku = this.skuFaults.get(path) ?? new Map<string, SkuFault & { times: number }>()
    bySku.set(sellerSku, { message: fault.message ?? "BIZ_CHECK_SKU_REJECTED: refused by contract fault", field: fault.field ?? "SellerSku", times })
    this.skuFaults.set(path, bySku)
  }

  /** Consumed by the server at the start of each call. */
  next(path: string): LazadaFault | null {
    return this.queues.get(path)?.shift() ?? null
  }

  /** Consumed by routes: the refusal planned for this SKU on this path, if any. */
  skuFault(path: string, sellerSku: string): SkuFault | null {
    const bySku = this.skuFaults.get(path)
    const fault = bySku?.get(sellerSku)
    if (!bySku || !fault) return null
    fault.times -= 1
    if (fault.times <= 0) bySku.delete(sellerSku)
    return { message: fault.message, field: fault.field }
  }

  pending(path: string): number {
    return this.queues.get(path)?.length ?? 0
  }

  clear(): void {
    this.queues.clear()
    this.skuFaults.clear()
  }
}
