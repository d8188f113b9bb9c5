/** Words and formats shoppers read: producer kinds, dates, alcohol strength. */

const PRODUCER_TYPE_WORDS: Record<string, string> = {
  HTX: "Hợp tác xã",
  hop_tac_xa: "Hợp tác xã",
  THT: "Tổ hợp tác",
  to_hop_tac: "Tổ hợp tác",
  DN: "Doanh nghiệp",
  doanh_nghiep: "Doanh nghiệp",
  HKD: "Hộ kinh doanh",
  ho_kinh_doanh: "Hộ kinh doanh",
}

/** "HTX" (or the domain code "hop_tac_xa") → "Hợp tác xã"; unknown codes pass through. */
export function producerTypeWords(type: string): string {
  return PRODUCER_TYPE_WORDS[type] ?? PRODUCER_TYPE_WORDS[type.toUpperCase()] ?? type
}

/** "2026-12-31" → "31/12/2026"; anything else is returned as given. */
export function formatDateVi(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso
}

/** 29.5 → "29,5" (Vietnamese decimal comma). */
export function formatDecimalVi(value: number): string {
  return String(value).replace(".", ",")
}

/** "Hộp 500 g" → "hộp 500 g", for a pack size placed inside a name. */
export function lowerFirst(text: string): string {
  const [first = "", ...rest] = Array.from(text)
  return first.toLocaleLowerCase("vi") + rest.join("")
}

export const SPIRIT_WARNING_VI = "Không dành cho người dưới 18 tuổi."

const SPIRIT_SETS = new Set(["ruou_trang", "do_uong_co_con_khac"])

export function isSpirit(categoryKey: string, alcoholPercent: number | undefined): boolean {
  return SPIRIT_SETS.has(categoryKey) || (alcoholPercent !== undefined && alcoholPercent > 0)
}
