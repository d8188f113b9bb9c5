import { describe, expect, it } from "vitest"
import { ChannelError } from "../../../src/channels/core/errors"
import { fieldFromMessage, isTokenError, readEnvelope } from "../../../src/channels/shopee"

const response = (status: number, body: unknown) => ({ status, headers: new Headers(), text: typeof body === "string" ? body : JSON.stringify(body) })

function thrown(status: number, body: unknown, secrets: string[] = []): ChannelError {
  try {
    readEnvelope("/api/v2/product/update_stock", response(status, body), secrets)
  } catch (error) {
    if (error instanceof ChannelError) return error
    throw error
  }
  throw new Error("expected readEnvelope to throw")
}

describe("Shopee envelope mapping", () => {
  it("returns the response, request id and warning on success", () => {
    const envelope = readEnvelope("/x", response(200, { error: "", message: "", request_id: "r1", warning: "partly", response: { item_id: 7 } }), [])
    expect(envelope.response).toEqual({ item_id: 7 })
    expect(envelope.requestId).toBe("r1")
    expect(envelope.warning).toBe("partly")
  })

  it("maps the documented update_stock error with its field and request id", () => {
    const error = thrown(200, { error: "product.error_param", message: "invalid field ItemId: value must Not Null", request_id: "11484dd6d9e203edd5d332551249de57" })
    expect(error.code).toBe("product.error_param")
    expect(error.retryable).toBe(false)
    expect(error.field).toBe("item_id")
    expect(error.requestId).toBe("11484dd6d9e203edd5d332551249de57")
    expect(error.platform).toBe("shopee")
  })

  it.each(["error_system_busy", "error_inner", "error_network", "common.error_system_busy"])("treats %s as retryable", (code) => {
    expect(thrown(200, { error: code, message: "busy", request_id: "r" }).retryable).toBe(true)
  })

  it("treats HTTP 429 and 5xx as retryable even without a JSON body", () => {
    expect(thrown(429, { error: "too_many", message: "slow down", request_id: "r" }).retryable).toBe(true)
    const gateway = thrown(502, "<html>Bad gateway</html>")
    expect(gateway.retryable).toBe(true)
    expect(gateway.code).toBe("http_502")
    expect(gateway.httpStatus).toBe(502)
  })

  it("does not retry error_sign or error_param", () => {
    expect(thrown(403, { error: "error_sign", message: "Wrong sign.", request_id: "r" }).retryable).toBe(false)
    expect(thrown(400, { error: "error_param", message: "Invalid timestamp", request_id: "r" }).retryable).toBe(false)
  })

  it("recognises token errors (including the misspelt one) but not permission errors", () => {
    expect(isTokenError(thrown(403, { error: "error_auth", message: "Invalid access_token.", request_id: "r" }))).toBe(true)
    expect(isTokenError(thrown(200, { error: "invalid_acceess_token", message: "", request_id: "r" }))).toBe(true)
    expect(isTokenError(thrown(200, { error: "common.error_auth", message: "Invalid access_token.", request_id: "r" }))).toBe(true)
    expect(isTokenError(thrown(403, { error: "error_auth", message: "No permission to current api.", request_id: "r" }))).toBe(false)
  })

  it("scrubs secrets a server might echo", () => {
    const error = thrown(200, { error: "error_param", message: "bad token abcd1234secret", request_id: "r" }, ["abcd1234secret"])
    expect(error.message).not.toContain("abcd1234secret")
  })

  it("parses field names from messages", () => {
    expect(fieldFromMessage("invalid field OriginalPrice: price of this region should be an integer")).toBe("original_price")
    expect(fieldFromMessage("Wrong sign.")).toBeNull()
  })
})
