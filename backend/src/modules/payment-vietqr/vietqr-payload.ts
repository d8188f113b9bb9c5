/**
 * VietQR (NAPAS) payloads: an EMVCo merchant-presented QR made of TLV fields
 * "ID(2) LEN(2) VALUE", closed by a CRC-16/CCITT-FALSE over everything
 * before it, including "6304".
 */

/** CRC-16/CCITT-FALSE: polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR. */
export function crc16CcittFalse(text: string): string {
  let crc = 0xffff
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, "0")
}

function tlv(id: string, value: string): string {
  const length = Buffer.byteLength(value, "utf8")
  if (length > 99) throw new RangeError(`VietQR field ${id} is longer than 99 bytes`)
  return `${id}${String(length).padStart(2, "0")}${value}`
}

export type VietQrInput = {
  /** 6-digit NAPAS acquirer BIN of the receiving bank, e.g. "970416" (ACB). */
  bankBin: string
  accountNumber: string
  /** Whole VND; omit for a static QR (the payer types the amount). */
  amount?: number
  /** Shown to the payer and in the bank statement; ASCII, at most 25 characters. */
  purpose?: string
  /** "account" (QRIBFTTA, default) or "card" (QRIBFTTC). */
  to?: "account" | "card"
}

/** Keeps what every Vietnamese banking app accepts in a transfer description. */
export function cleanPurpose(purpose: string): string {
  return purpose
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9 ]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 25)
    .trim()
}

export function vietQrPayload(input: VietQrInput): string {
  if (!/^\d{6}$/.test(input.bankBin)) throw new RangeError("bankBin must be the 6-digit NAPAS BIN")
  if (!/^[0-9A-Za-z]{1,19}$/.test(input.accountNumber)) throw new RangeError("accountNumber must be 1–19 letters or digits")
  if (input.amount !== undefined && (!Number.isInteger(input.amount) || input.amount <= 0 || input.amount > 9_999_999_999_999)) {
    throw new RangeError("amount must be a positive whole number of VND")
  }
  const dynamic = input.amount !== undefined
  const beneficiary = tlv("00", input.bankBin) + tlv("01", input.accountNumber)
  const merchantAccount =
    tlv("00", "A000000727") + tlv("01", beneficiary) + tlv("02", input.to === "card" ? "QRIBFTTC" : "QRIBFTTA")
  const purpose = input.purpose ? cleanPurpose(input.purpose) : ""
  const body =
    tlv("00", "01") +
    tlv("01", dynamic ? "12" : "11") +
    tlv("38", merchantAccount) +
    tlv("53", "704") +
    (dynamic ? tlv("54", String(input.amount)) : "") +
    tlv("58", "VN") +
    (purpose ? tlv("62", tlv("08", purpose)) : "") +
    "6304"
  return body + crc16CcittFalse(body)
}

/** Reads the TLV fields back (used by tests and by anyone checking a payload). */
export function parseTlv(payload: string): Map<string, string> {
  const fields = new Map<string, string>()
  let index = 0
  while (index < payload.length) {
    const id = payload.slice(index, index + 2)
    const length = Number(payload.slice(index + 2, index + 4))
    if (!Number.isInteger(length)) throw new SyntaxError(`bad length at ${index}`)
    fields.set(id, payload.slice(index + 4, index + 4 + length))
    index += 4 + length
  }
  return fields
}
