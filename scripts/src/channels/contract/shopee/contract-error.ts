/**
 * An error answer: the envelope's `error` and `message`, and the HTTP status
 * it travels with. Shopee's HTTP statuses for errors are not documented
 * (UNVERIFIED): we answer 403 for error_sign / error_auth, 400 for gateway
 * parameter errors, 404 for unknown paths and 200 for business errors; the
 * client must judge by the envelope, not the status.
 */
export class ContractError extends Error {
  constructor(
    readonly error: string,
    message: string,
    readonly status = 200,
  ) {
    super(message)
  }
}

/** The documented "invalid field X: ..." message of a parameter error (CamelCase field name, as in Shopee's example). */
export function invalidField(field: string, detail: string, error = "product.error_param"): ContractError {
  return new ContractError(error, `invalid field ${field}: ${detail}`)
}
