import { createHmac } from "node:crypto"
import { describe, expect, it } from "vitest"
import { expectedSignature } from "../../../src/channels/contract/lazada"
import { lazadaSign, lazadaSignatureBase } from "../../../src/channels/lazada"

// "HTTP request sample", open.lazada.com docId 108069: the parameters of a
// GetOrder call, deliberately given out of order.
const OFFICIAL_PARAMS = { timestamp: "1517820392000", order_id: "1234", app_key: "123456", sign_method: "sha256", access_token: "test" }
const OFFICIAL_BASE = "/order/getaccess_tokentestapp_key123456order_id1234sign_methodsha256timestamp1517820392000"
const OFFICIAL_SIGN = "4190D32361CFB9581350222F345CB77F3B19F0E31D162316848A2C1FFD5FAB4A"

describe("Lazada signature", () => {
  it("sorts parameters by name and prefixes the API path exactly as the official sample", () => {
    expect(lazadaSignatureBase("/order/get", OFFICIAL_PARAMS)).toBe(OFFICIAL_BASE)
  })

  it("reproduces the official vector (secret helloworld)", () => {
    expect(lazadaSign("helloworld", "/order/get", OFFICIAL_PARAMS)).toBe(OFFICIAL_SIGN)
    // And the contract server's separate implementation agrees.
    expect(expectedSignature("helloworld", "/order/get", OFFICIAL_PARAMS)).toBe(OFFICIAL_SIGN)
  })

  it("leaves out sign itself, so a request that already carries it verifies", () => {
    expect(lazadaSign("helloworld", "/order/get", { ...OFFICIAL_PARAMS, sign: OFFICIAL_SIGN })).toBe(OFFICIAL_SIGN)
  })

  it("uses ASCII order (upper case before lower case, '_' between), not locale order", () => {
    const base = lazadaSignatureBase("/x", { b: "2", B: "1", a_b: "4", a: "3", aB: "5" })
    expect(base).toBe("/xB1a3aB5a_b4b2")
    expect(expectedSignature("s", "/x", { b: "2", B: "1", a_b: "4", a: "3", aB: "5" })).toBe(lazadaSign("s", "/x", { b: "2", B: "1", a_b: "4", a: "3", aB: "5" }))
  })

  it("signs business parameters such as payload, with the JSON text as sent", () => {
    const payload = JSON.stringify({ Request: { Product: { Skus: { Sku: [{ SellerSku: "OCOP-CB-TRA-300", Quantity: 5 }] } } } })
    const params = { app_key: "123456", timestamp: "1517820392000", sign_method: "sha256", access_token: "test", payload }
    const base = lazadaSignatureBase("/product/price_quantity/update", params)
    expect(base).toBe(`/product/price_quantity/updateaccess_tokentestapp_key123456payload${payload}sign_methodsha256timestamp1517820392000`)
    const independent = createHmac("sha256", "helloworld").update(base, "utf8").digest("hex").toUpperCase()
    expect(lazadaSign("helloworld", "/product/price_quantity/update", params)).toBe(independent)
    expect(lazadaSign("helloworld", "/product/price_quantity/update", { ...params, payload: payload.replace("5", "6") })).not.toBe(independent)
  })

  it("hashes Vietnamese text as UTF-8 bytes", () => {
    const payload = JSON.stringify({ Request: { Product: { Attributes: { name: "Trà Shan Tuyết Phja Đén – Cao Bằng" } } } })
    const params = { app_key: "123456", timestamp: "1517820392000", sign_method: "sha256", payload }
    const base = lazadaSignatureBase("/product/update", params)
    const utf8 = createHmac("sha256", Buffer.from("helloworld")).update(Buffer.from(base, "utf8")).digest("hex").toUpperCase()
    const latin1 = createHmac("sha256", Buffer.from("helloworld")).update(Buffer.from(base, "latin1")).digest("hex").toUpperCase()
    expect(lazadaSign("helloworld", "/product/update", params)).toBe(utf8)
    expect(utf8).not.toBe(latin1)
    expect(expectedSignature("helloworld", "/product/update", params)).toBe(utf8)
  })

  it("skips empty values as the official SDKs do", () => {
    expect(lazadaSignatureBase("/orders/get", { status: "", limit: "10" })).toBe("/orders/getlimit10")
  })
})
