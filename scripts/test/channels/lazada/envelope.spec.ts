import { describe, expect, it } from "vitest"
import { ChannelError } from "../../../src/channels/core/errors"
import { fieldFromMessage, isRetryableLazadaError, LazadaApiError, readLazadaEnvelope } from "../../../src/channels/lazada"

function answer(status: number, body: unknown) {
  return { status, headers: new Headers(), text: typeof body === "string" ? body : JSON.stringify(body) }
}

function thrown(run: () => unknown): LazadaApiError {
  try {
    run()
  } catch (error) {
    if (error instanceof LazadaApiError) return error
    throw error
  }
  throw new Error("expected a LazadaApiError")
}

describe("Lazada envelope", () => {
  it("returns the whole body on code 0 (auth answers keep their fields at the top level)", () => {
    const body = readLazadaEnvelope("/auth/token/create", answer(200, { code: "0", access_token: "a", expires_in: 604800, request_id: "r1" }))
    expect(body.access_token).toBe("a")
  })

  it("maps an error envelope to a ChannelError with code, type, request id and no retry for signature errors", () => {
    const error = thrown(() => readLazadaEnvelope("/orders/get", answer(200, { type: "ISV", code: "IncompleteSignature", message: "The request signature does not conform to lazop standards", request_id: "0ba1" })))
    expect(error).toBeInstanceOf(ChannelError)
    expect(error.platform).toBe("lazada")
    expect(error.code).toBe("IncompleteSignature")
    expect(error.type).toBe("ISV")
    expect(error.retryable).toBe(false)
    expect(error.requestId).toBe("0ba1")
  })

  it.each([
    ["ApiCallLimit", "ISV"],
    ["901", "ISP"],
    ["E901", null],
    ["ServiceTimeout", "ISP"],
    ["SomethingNew", "SYSTEM"],
    ["15", "ISP"],
  ] as const)("retries %s (%s)", (code, type) => {
    expect(isRetryableLazadaError(code, type, 200)).toBe(true)
  })

  it.each([
    ["IllegalAccessToken", "ISV"],
    ["IncompleteSignature", "SYSTEM"],
    ["500", "ISP"],
    ["501", "ISP"],
    ["4135", "ISP"],
    ["19", "ISV"],
  ] as const)("does not retry %s (%s)", (code, type) => {
    expect(isRetryableLazadaError(code, type, 200)).toBe(false)
  })

  it("retries HTTP 429 and 5xx even without an envelope", () => {
    const error = thrown(() => readLazadaEnvelope("/orders/get", answer(502, "<html>Bad Gateway</html>")))
    expect(error.code).toBe("http_502")
    expect(error.retryable).toBe(true)
    expect(error.httpStatus).toBe(502)
    expect(thrown(() => readLazadaEnvelope("/orders/get", answer(429, "slow down"))).retryable).toBe(true)
  })

  it("surfaces per-SKU detail entries and never retries them", () => {
    const error = thrown(() =>
      readLazadaEnvelope(
        "/product/price_quantity/update",
        answer(200, { code: "501", type: "ISP", message: "E501: Update product failed", request_id: "r9", detail: [{ field: "Quantity", message: "212 INV_NEGATIVE_SELLABLE", seller_sku: "OCOP-1" }] }),
      ),
    )
    expect(error.retryable).toBe(false)
    expect(error.details).toEqual([{ sellerSku: "OCOP-1", field: "Quantity", message: "212 INV_NEGATIVE_SELLABLE" }])
    expect(error.field).toBe("Quantity")
    expect(error.toJSON().details).toHaveLength(1)
  })

  it.each([
    ["E001: Parameter payload is mandatory", "payload"],
    ["The input parameter “sign” that is mandatory for processing this request is not supplied", "sign"],
    ['E019: "60" Invalid Limit', "limit"],
    ['E016: "123" Invalid Order ID', "order_id"],
    ["E201: Invalid CategoryId", "PrimaryCategory"],
    ["Remote service error", null],
  ])("reads the field from %j", (message, field) => {
    expect(fieldFromMessage(message)).toBe(field)
  })
})
