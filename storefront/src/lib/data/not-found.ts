import { FetchError } from "@medusajs/js-sdk"

/** True when the backend answered 404: the page shows "not found" instead of the error page. */
export function isNotFound(error: unknown): boolean {
  return error instanceof FetchError && error.status === 404
}
