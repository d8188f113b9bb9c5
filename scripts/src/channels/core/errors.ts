export type Platform = "shopee" | "lazada"

/**
 * Every failure a channel client reports: what the platform said, whether a
 * retry can help, which field it blames (when it names one) and the
 * platform's request id for a support ticket. Never carries a secret.
 */
export class ChannelError extends Error {
  readonly platform: Platform
  readonly code: string
  readonly retryable: boolean
  readonly field: string | null
  readonly requestId: string | null
  readonly httpStatus: number | null

  constructor(input: {
    platform: Platform
    code: string
    message: string
    retryable: boolean
    field?: string | null
    requestId?: string | null
    httpStatus?: number | null
  }) {
    super(input.message)
    this.name = "ChannelError"
    this.platform = input.platform
    this.code = input.code
    this.retryable = input.retryable
    this.field = input.field ?? null
    this.requestId = input.requestId ?? null
    this.httpStatus = input.httpStatus ?? null
  }

  /** The `{ retryable, field, message }` shape the ledger and the CLI summary store. */
  toJSON(): { platform: Platform; code: string; retryable: boolean; field: string | null; message: string; requestId: string | null } {
    return {
      platform: this.platform,
      code: this.code,
      retryable: this.retryable,
      field: this.field,
      message: this.message,
      requestId: this.requestId,
    }
  }
}
