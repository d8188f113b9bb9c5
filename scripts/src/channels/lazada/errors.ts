import { ChannelError } from "../core/errors"

export type LazadaErrorType = "ISV" | "ISP" | "SYSTEM"

/**
 * One entry of the `detail` array Lazada adds to product create/update and
 * price_quantity failures: which SKU failed, on which field, and why. The
 * top-level code (500/501) is only an overview; these say what to fix.
 */
export type LazadaErrorDetail = {
  sellerSku: string | null
  field: string | null
  message: string
}

/**
 * A ChannelError that keeps Lazada's error `type` and the per-SKU `detail`
 * entries, so an exporter can mark exactly the failing SKUs.
 */
export class LazadaApiError extends ChannelError {
  readonly type: LazadaErrorType | null
  readonly details: LazadaErrorDetail[]
  readonly apiPath: string

  constructor(input: {
    code: string
    message: string
    retryable: boolean
    apiPath: string
    type?: LazadaErrorType | null
    details?: LazadaErrorDetail[]
    field?: string | null
    requestId?: string | null
    httpStatus?: number | null
  }) {
    super({
      platform: "lazada",
      code: input.code,
      message: input.message,
      retryable: input.retryable,
      field: input.field,
      requestId: input.requestId,
      httpStatus: input.httpStatus,
    })
    this.name = "LazadaApiError"
    this.type = input.type ?? null
    this.details = input.details ?? []
    this.apiPath = input.apiPath
  }

  override toJSON(): ReturnType<ChannelError["toJSON"]> & { details: LazadaErrorDetail[] } {
    return { ...super.toJSON(), details: this.details }
  }
}

/** A mistake in how the client was called or configured: never retried, never sent. */
export function lazadaUsageError(code: string, message: string, field: string | null = null): ChannelError {
  return new ChannelError({ platform: "lazada", code, message: `Lazada: ${message}`, retryable: false, field })
}
