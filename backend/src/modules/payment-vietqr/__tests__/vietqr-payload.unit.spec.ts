import { describe, expect, it } from "vitest"
import { cleanPurpose, crc16CcittFalse, parseTlv, vietQrPayload } from "../vietqr-payload"

const PUBLISHED =
  "00020101021238530010A0000007270123000697041601092245284790208QRIBFTTA53037045405100005802VN62340107NPS68690819TRANSFER TO SOMEONE6304AC13"

describe("CRC-16/CCITT-FALSE", () => {
  it("matches the standard check value", () => {
    expect(crc16CcittFalse("123456789")).toBe("29B1")
  })

  it("matches the published VietQR vector", () => {
    const body = PUBLISHED.slice(0, -4)
    expect(crc16CcittFalse(body)).toBe("AC13")
  })
})

describe("vietQrPayload", () => {
  it("builds a dynamic transfer QR with the exact amount and purpose", () => {
    const payload = vietQrPayload({ bankBin: "970416", accountNumber: "2245284790", amount: 1_250_000, purpose: "DH1042" })
    const fields = parseTlv(payload)
    expect(fields.get("00")).toBe("01")
    expect(fields.get("01")).toBe("12")
    expect(fields.get("53")).toBe("704")
    expect(fields.get("54")).toBe("1250000")
    expect(fields.get("58")).toBe("VN")
    expect(parseTlv(fields.get("62") ?? "").get("08")).toBe("DH1042")
    const account = parseTlv(fields.get("38") ?? "")
    expect(account.get("00")).toBe("A000000727")
    expect(account.get("02")).toBe("QRIBFTTA")
    expect(parseTlv(account.get("01") ?? "")).toEqual(
      new Map([
        ["00", "970416"],
        ["01", "2245284790"],
      ])
    )
    expect(payload.slice(-8, -4)).toBe("6304")
    expect(payload.slice(-4)).toBe(crc16CcittFalse(payload.slice(0, -4)))
  })

  it("rebuilds the structure of the published vector field by field", () => {
    const published = parseTlv(PUBLISHED)
    const account = parseTlv(published.get("38") ?? "")
    const beneficiary = parseTlv(account.get("01") ?? "")
    const rebuilt = vietQrPayload({
      bankBin: beneficiary.get("00") ?? "",
      accountNumber: beneficiary.get("01") ?? "",
      amount: Number(published.get("54")),
    })
    // Same header, account, currency, amount and country; only the additional data differs.
    expect(rebuilt.startsWith(PUBLISHED.slice(0, PUBLISHED.indexOf("5802VN") + 6))).toBe(true)
  })

  it("makes a static QR without an amount", () => {
    const fields = parseTlv(vietQrPayload({ bankBin: "970436", accountNumber: "0011004567890" }))
    expect(fields.get("01")).toBe("11")
    expect(fields.has("54")).toBe(false)
  })

  it("refuses bad banks, accounts and amounts", () => {
    expect(() => vietQrPayload({ bankBin: "97041", accountNumber: "1" })).toThrow(/BIN/)
    expect(() => vietQrPayload({ bankBin: "970416", accountNumber: "12-34" })).toThrow(/accountNumber/)
    expect(() => vietQrPayload({ bankBin: "970416", accountNumber: "1", amount: 10.5 })).toThrow(/amount/)
    expect(() => vietQrPayload({ bankBin: "970416", accountNumber: "1", amount: 0 })).toThrow(/amount/)
  })

  it("keeps purposes ASCII and short", () => {
    expect(cleanPurpose("Thanh toán đơn #1042 — Bánh khảo")).toBe("Thanh toan don 1042 Banh")
  })
})
