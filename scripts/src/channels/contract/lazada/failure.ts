export type ErrorType = "ISV" | "ISP" | "SYSTEM"

export type FailureDetail = { field: string; message: string; seller_sku?: string }

/**
 * An error answer a route wants to give: Lazada's `{code, type, message,
 * request_id}` with an optional per-SKU `detail` array. Thrown by routes,
 * turned into the envelope by the server (HTTP 200, as Lazada does).
 */
export class ContractFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly type: ErrorType = "ISV",
    readonly detail: FailureDetail[] = [],
  ) {
    super(message)
  }

  envelope(): Record<string, unknown> {
    const body: Record<string, unknown> = { code: this.code, type: this.type, message: this.message }
    if (this.detail.length > 0) body.detail = this.detail
    return body
  }
}

/** "E001: Parameter %s is mandatory" (code 1), as the product and order APIs word it. */
export function mandatory(field: string): ContractFailure {
  return new ContractFailure("1", `E001: Parameter ${field} is mandatory`)
}

/** The gateway's wording for a missing system parameter (GenerateAccessToken error list). */
export function missingSystemParameter(name: string): ContractFailure {
  return new ContractFailure("MissingParameter", `The input parameter “${name}” that is mandatory for processing this request is not supplied`)
}
