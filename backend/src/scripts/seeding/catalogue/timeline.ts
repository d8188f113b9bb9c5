import type { Stars } from "../../../modules/ocop/domain/certificate-rules"
import { expiryFor } from "../../../modules/ocop/domain/certificate-rules"
import { addDays, type Day } from "../../../modules/ocop/domain/dates"
import { DISTRICT_CODES, type District } from "../../../modules/ocop/domain/geography"
import type { Random } from "./random"
import type { SeedCertificate, SeedProduct } from "./types"

/**
 * Certification rounds of the catalogue. Decisions before 24/02/2023
 * (Decision 1048/2019) and every 4★ decision were signed by the province;
 * under Decision 148/2023 the district People's Committees certified 3★, each
 * on its own date. Since 01/07/2025 there is no district level, so every
 * renewal after that date is a provincial decision.
 *
 * 124/QĐ-UBND of 20/02/2023 is the documented decision of the 2022 round
 * (+41 products); the other decision numbers and dates are sample data.
 */
export const ROUNDS = ["p21a", "p21b", "p22a", "p22b", "p23", "mid23", "late23", "h124"] as const
export type Round = (typeof ROUNDS)[number]

/**
 * What happened to the certificate after 30/06/2024:
 * renewed (re-evaluated, same stars), renewed_up (re-evaluated 3★ → 4★),
 * pending (renewal filed, certificate in grace), revoked, lapsed (expired
 * without renewal) or current (issued from 30/11/2023, still valid or expiring).
 */
export const FATES = ["renewed", "renewed_up", "pending", "revoked", "lapsed", "current"] as const
export type Fate = (typeof FATES)[number]

type ProvinceSession = { day: Day; decision: string }
type DistrictSessions = { base: Day; stepDays: number; firstNumber: number }

const PROVINCE: Record<Round, ProvinceSession> = {
  p21a: { day: "2021-08-26", decision: "1584/QĐ-UBND" },
  p21b: { day: "2021-12-29", decision: "2612/QĐ-UBND" },
  p22a: { day: "2022-06-10", decision: "1037/QĐ-UBND" },
  p22b: { day: "2022-10-21", decision: "1896/QĐ-UBND" },
  p23: { day: "2023-02-20", decision: "124/QĐ-UBND" },
  mid23: { day: "2023-08-25", decision: "1502/QĐ-UBND" },
  late23: { day: "2023-12-18", decision: "2236/QĐ-UBND" },
  h124: { day: "2024-06-14", decision: "1043/QĐ-UBND" },
}

/** 3★ rounds decided by the districts (Decision 148/2023). */
const DISTRICT_ROUNDS: Partial<Record<Round, DistrictSessions>> = {
  mid23: { base: "2023-07-18", stepDays: 9, firstNumber: 1108 },
  late23: { base: "2023-12-05", stepDays: 4, firstNumber: 2315 },
  h124: { base: "2024-05-10", stepDays: 5, firstNumber: 987 },
}

type RenewalSession = { province: ProvinceSession; district?: DistrictSessions }

/** The re-evaluation session that follows each original round. */
const RENEWAL: Partial<Record<Round, RenewalSession>> = {
  p21a: { province: { day: "2024-10-15", decision: "1987/QĐ-UBND" }, district: { base: "2024-10-15", stepDays: 3, firstNumber: 1764 } },
  p21b: { province: { day: "2024-12-17", decision: "2390/QĐ-UBND" }, district: { base: "2024-12-17", stepDays: 2, firstNumber: 2208 } },
  p22a: { province: { day: "2025-06-13", decision: "1121/QĐ-UBND" }, district: { base: "2025-06-13", stepDays: 1, firstNumber: 905 } },
  p22b: { province: { day: "2025-09-26", decision: "1708/QĐ-UBND" } },
  p23: { province: { day: "2026-03-27", decision: "512/QĐ-UBND" } },
  mid23: { province: { day: "2026-08-14", decision: "1390/QĐ-UBND" } },
}

export const REVOCATION_REASONS = [
  "Vi phạm quy định ghi nhãn hàng hóa",
  "Chủ thể ngừng sản xuất sản phẩm",
  "Sản phẩm không còn đáp ứng tiêu chí chất lượng khi kiểm tra định kỳ",
] as const

function districtSession(sessions: DistrictSessions, district: District): ProvinceSession {
  const index = DISTRICT_CODES.indexOf(district)
  return {
    day: addDays(sessions.base, index * sessions.stepDays),
    decision: `${sessions.firstNumber + index * 41 + (index % 3) * 7}/QĐ-UBND`,
  }
}

function session(round: Round, stars: Stars, district: District): ProvinceSession {
  const districts = DISTRICT_ROUNDS[round]
  return stars === 3 && districts ? districtSession(districts, district) : PROVINCE[round]
}

function score(random: Random, stars: Stars): number {
  return stars === 4 ? random.int(70, 86) : random.int(52, 69)
}

export type Timeline = Pick<SeedProduct, "renewal" | "renewal_filed_at" | "revoked"> & { certificate: SeedCertificate }

export type TimelineInput = {
  round: Round
  /** Reason used when the fate is "revoked". */
  revocationReason?: string
  fate: Fate
  stars: Stars
  district: District
  /** Whether to draw scores (sample certificates) or leave them out (documented products). */
  withScore: boolean
}

/**
 * The certificate story of one product. Certificate numbers are left empty
 * here and assigned catalogue-wide by `numberCertificates`.
 */
export function buildTimeline(input: TimelineInput, random: Random): Timeline {
  const { round, fate, stars, district, withScore } = input
  const original = session(round, stars, district)
  const certificate: SeedCertificate = {
    number: "",
    decision_number: original.decision,
    issued_at: original.day,
    ...(withScore && random.chance(0.6) ? { score: score(random, stars) } : {}),
  }
  const expiry = expiryFor(original.day)
  switch (fate) {
    case "renewed":
    case "renewed_up": {
      const renewal = RENEWAL[round]
      if (!renewal) throw new Error(`No renewal session after round ${round}`)
      const renewedStars: Stars = fate === "renewed_up" ? 4 : stars
      const decided = renewedStars === 3 && renewal.district ? districtSession(renewal.district, district) : renewal.province
      return {
        certificate,
        renewal: {
          number: "",
          decision_number: decided.decision,
          issued_at: decided.day,
          ...(withScore && random.chance(0.5) ? { score: score(random, renewedStars) } : {}),
          ...(fate === "renewed_up" ? { stars: renewedStars } : {}),
        },
      }
    }
    case "pending":
      return { certificate, renewal_filed_at: addDays(expiry, -random.int(60, 170)) }
    case "revoked":
      return {
        certificate,
        revoked: { at: addDays(original.day, random.int(760, 960)), reason: input.revocationReason ?? random.pick(REVOCATION_REASONS) },
      }
    case "lapsed":
    case "current":
      return { certificate }
  }
}

/** Unique numbers "OCOP-CB-<year>-<nnn>", in decision order within each year (renewals included). */
export function numberCertificates(products: SeedProduct[]): SeedProduct[] {
  type Slot = { product: number; renewal: boolean; day: Day }
  const slots: Slot[] = []
  products.forEach((product, index) => {
    slots.push({ product: index, renewal: false, day: product.certificate.issued_at })
    if (product.renewal) slots.push({ product: index, renewal: true, day: product.renewal.issued_at })
  })
  slots.sort((a, b) => (a.day === b.day ? a.product - b.product : a.day < b.day ? -1 : 1))
  const perYear = new Map<string, number>()
  const numbers = new Map<string, string>()
  for (const slot of slots) {
    const year = slot.day.slice(0, 4)
    const next = (perYear.get(year) ?? 0) + 1
    perYear.set(year, next)
    numbers.set(`${slot.product}:${slot.renewal}`, `OCOP-CB-${year}-${String(next).padStart(3, "0")}`)
  }
  const numberOf = (index: number, renewal: boolean): string => {
    const number = numbers.get(`${index}:${renewal}`)
    if (!number) throw new Error(`No certificate number for product ${index}`)
    return number
  }
  return products.map((product, index) => ({
    ...product,
    certificate: { ...product.certificate, number: numberOf(index, false) },
    ...(product.renewal ? { renewal: { ...product.renewal, number: numberOf(index, true) } } : {}),
  }))
}
