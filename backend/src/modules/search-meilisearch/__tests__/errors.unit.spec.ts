import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { fromSettledTask, taskFailure, taskStatus, toMedusaError } from "../errors"

/** Shaped like meilisearch-js's MeilisearchApiError (the provider matches it by name). */
class FakeApiError extends Error {
  name = "MeilisearchApiError"
  constructor(readonly cause: { message: string; code: string; type: string; link: string }) {
    super(cause.message)
  }
}

class FakeRequestError extends Error {
  name = "MeilisearchRequestError"
  constructor(url: string, readonly cause: Error) {
    super(`Request to ${url} has failed`)
  }
}

describe("toMedusaError", () => {
  it("maps index_not_found to NOT_FOUND, so the Search Module re-resolves the index and retries", () => {
    const error = toMedusaError(
      new FakeApiError({
        message: "Index `product_v2` not found.",
        code: "index_not_found",
        type: "invalid_request",
        link: "https://docs.meilisearch.com/errors#index_not_found",
      }),
      'search index "product_v2"'
    )
    expect(error).toBeInstanceOf(MedusaError)
    expect(error.type).toBe(MedusaError.Types.NOT_FOUND)
    expect(error.message).toBe(
      'Meilisearch could not search index "product_v2": Index `product_v2` not found. [index_not_found, invalid_request] — https://docs.meilisearch.com/errors#index_not_found'
    )
  })

  it("maps invalid requests to INVALID_DATA and auth or internal errors to UNEXPECTED_STATE", () => {
    const invalid = new FakeApiError({
      message: "Attribute `title` is not filterable.",
      code: "invalid_search_filter",
      type: "invalid_request",
      link: "https://docs.meilisearch.com/errors#invalid_search_filter",
    })
    expect(toMedusaError(invalid, "search").type).toBe(MedusaError.Types.INVALID_DATA)
    const auth = new FakeApiError({
      message: "The provided API key is invalid.",
      code: "invalid_api_key",
      type: "auth",
      link: "https://docs.meilisearch.com/errors#invalid_api_key",
    })
    expect(toMedusaError(auth, "search").type).toBe(MedusaError.Types.UNEXPECTED_STATE)
    expect(toMedusaError(auth, "search").message).toContain("invalid_api_key")
  })

  it("says the server is unreachable on network errors", () => {
    const error = toMedusaError(
      new FakeRequestError("http://127.0.0.1:7700/multi-search", new Error("connect ECONNREFUSED 127.0.0.1:7700")),
      "search"
    )
    expect(error.type).toBe(MedusaError.Types.UNEXPECTED_STATE)
    expect(error.message).toBe(
      "Meilisearch could not search: the server is unreachable (Request to http://127.0.0.1:7700/multi-search has failed: connect ECONNREFUSED 127.0.0.1:7700)"
    )
  })

  it("passes MedusaErrors through and wraps anything else", () => {
    const medusa = new MedusaError(MedusaError.Types.NOT_ALLOWED, "no")
    expect(toMedusaError(medusa, "x")).toBe(medusa)
    expect(toMedusaError("boom", "list indexes").message).toBe("Meilisearch could not list indexes: boom")
  })
})

describe("tasks", () => {
  it("maps task statuses", () => {
    expect(taskStatus("enqueued")).toBe("enqueued")
    expect(taskStatus("processing")).toBe("processing")
    expect(taskStatus("succeeded")).toBe("succeeded")
    expect(taskStatus("failed")).toBe("failed")
    expect(taskStatus("canceled")).toBe("failed")
  })

  it("carries the error of a failed task", () => {
    const error = {
      message: "Document identifier `prod 1` is invalid.",
      code: "invalid_document_id",
      type: "invalid_request",
      link: "https://docs.meilisearch.com/errors#invalid_document_id",
    }
    expect(fromSettledTask({ uid: 12, indexUid: "product_v1", status: "failed", error })).toEqual({
      id: "12",
      index: "product_v1",
      status: "failed",
      error: {
        message:
          "Document identifier `prod 1` is invalid. [invalid_document_id, invalid_request] — https://docs.meilisearch.com/errors#invalid_document_id",
        code: "invalid_document_id",
      },
    })
    expect(fromSettledTask({ uid: 13, indexUid: null, status: "succeeded", error: null })).toEqual({
      id: "13",
      status: "succeeded",
    })
    const thrown = taskFailure({ uid: 12, status: "failed", error }, 'apply the settings of index "product_v1"')
    expect(thrown.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(thrown.message).toMatch(/^Meilisearch could not apply the settings of index "product_v1": Document identifier/)
    expect(taskFailure({ uid: 3, status: "canceled", error: null }, "x").message).toBe(
      "Meilisearch could not x: task 3 was canceled"
    )
  })
})
