import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/** Meilisearch's error envelope, on API errors and on failed tasks. */
export type MeiliErrorEnvelope = { message: string; code?: string; type?: string; link?: string }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

function envelope(value: unknown): MeiliErrorEnvelope | undefined {
  if (!isRecord(value) || typeof value.message !== "string") return undefined
  return {
    message: value.message,
    code: typeof value.code === "string" ? value.code : undefined,
    type: typeof value.type === "string" ? value.type : undefined,
    link: typeof value.link === "string" ? value.link : undefined,
  }
}

function describe(error: MeiliErrorEnvelope): string {
  const tags = [error.code, error.type].filter(Boolean).join(", ")
  return `${error.message}${tags ? ` [${tags}]` : ""}${error.link ? ` — ${error.link}` : ""}`
}

/**
 * The Medusa error type for a Meilisearch error code/type:
 * - `index_not_found` → NOT_FOUND (the Search Module re-resolves the active
 *   index version and retries on NOT_FOUND);
 * - `invalid_request` errors (a bad filter, sort, setting or document) → INVALID_DATA;
 * - auth, internal and system errors → UNEXPECTED_STATE: they are this
 *   server's configuration or Meilisearch's state, not the caller's fault.
 */
export function medusaErrorType(error: MeiliErrorEnvelope): string {
  if (error.code === "index_not_found") return MedusaError.Types.NOT_FOUND
  if (error.type === "invalid_request") return MedusaError.Types.INVALID_DATA
  return MedusaError.Types.UNEXPECTED_STATE
}

/**
 * Turns whatever the Meilisearch client threw into a MedusaError saying what
 * was being done and what Meilisearch answered. Matches the client's error
 * classes by name, so it needs no runtime import of the (ESM-only) client.
 * The API key never appears: the client redacts it and messages only carry URLs.
 */
export function toMedusaError(error: unknown, action: string): MedusaError {
  if (error instanceof MedusaError) return error
  const name = isRecord(error) && typeof error.name === "string" ? error.name : ""
  const message = error instanceof Error ? error.message : String(error)

  if (name === "MeilisearchApiError" || name === "MeiliSearchApiError") {
    const cause = envelope(isRecord(error) ? error.cause : undefined) ?? { message }
    return new MedusaError(medusaErrorType(cause), `Meilisearch could not ${action}: ${describe(cause)}`)
  }
  if (name === "MeilisearchRequestError" || name === "MeiliSearchCommunicationError") {
    // fetch wraps the socket error ("fetch failed" → "connect ECONNREFUSED …"): name the innermost ones too.
    const causes: string[] = []
    let inner = isRecord(error) ? error.cause : undefined
    while (inner instanceof Error && causes.length < 3) {
      causes.push(inner.message)
      inner = isRecord(inner) ? inner.cause : undefined
    }
    const cause = causes.length ? `: ${causes.join(": ")}` : ""
    return new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Meilisearch could not ${action}: the server is unreachable (${message}${cause})`
    )
  }
  if (name === "MeilisearchRequestTimeOutError" || name === "MeilisearchTaskTimeOutError") {
    return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch could not ${action}: ${message}`)
  }
  return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch could not ${action}: ${message}`)
}

/** Meilisearch's task status → the Search Module's. */
export function taskStatus(status: string): SearchTypes.SearchTaskStatus {
  switch (status) {
    case "succeeded":
      return "succeeded"
    case "failed":
    case "canceled":
      return "failed"
    case "processing":
      return "processing"
    default:
      return "enqueued"
  }
}

/** A settled Meilisearch task as the Search Module's task, with the error if it failed. */
export function fromSettledTask(task: {
  uid: number
  indexUid: string | null
  status: string
  error: unknown
}): SearchTypes.SearchTask {
  const status = taskStatus(task.status)
  const result: SearchTypes.SearchTask = { id: String(task.uid), status }
  if (task.indexUid) result.index = task.indexUid
  if (status === "failed") {
    const error = envelope(task.error) ?? { message: `task ${task.uid} was ${task.status}` }
    result.error = { message: describe(error), code: error.code }
  }
  return result
}

/** The error to throw for a task that did not succeed where the provider itself had to wait for it. */
export function taskFailure(task: { uid: number; status: string; error: unknown }, action: string): MedusaError {
  const error = envelope(task.error) ?? { message: `task ${task.uid} was ${task.status}` }
  return new MedusaError(medusaErrorType(error), `Meilisearch could not ${action}: ${describe(error)}`)
}
