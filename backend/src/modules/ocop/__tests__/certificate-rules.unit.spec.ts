import { describe, expect, it } from "vitest"
import {
  criteriaVersionOn,
  defaultIssuer,
  expiryFor,
  mayShowBadge,
  scoreMatchesStars,
  starsForScore,
  statusOn,
  validOn,
  validUntil,
} from "../domain/certificate-rules"
import { addDays, addMonths, dayToDate, isDay, vietnamDay } from "../domain/dates"

describe("stars by score", () => {
  it.each([
    [0, 1],
    [29, 1],
    [30, 2],
    [49, 2],
    [50, 3],
    [69, 3],
    [70, 4],
    [89, 4],
    [90, 5],
    [100, 5],
  ])("score %i earns %i stars", (score, stars) => {
    expect(starsForScore(score)).toBe(stars)
  })

  it("refuses scores outside 0–100", () => {
    expect(() => starsForScore(-1)).toThrow(RangeError)
    expect(() => starsForScore(101)).toThrow(RangeError)
  })

  it("checks that a score agrees with the stars", () => {
    expect(scoreMatchesStars(72, 4)).toBe(true)
    expect(scoreMatchesStars(72, 3)).toBe(false)
  })
})

describe("validity: 36 months from the decision", () => {
  it("a certificate issued 2021-08-07 expires 2024-08-07", () => {
    expect(expiryFor("2021-08-07")).toBe("2024-08-07")
  })

  it("clamps the end of February", () => {
    expect(addMonths("2020-02-29", 36)).toBe("2023-02-28")
    expect(addMonths("2021-01-31", 1)).toBe("2021-02-28")
  })
})

describe("status on a day", () => {
  const certificate = { expires_at: expiryFor("2021-08-07") }

  it("is active until 181 days before expiry", () => {
    expect(statusOn(certificate, "2024-02-08")).toBe("active")
  })

  it("becomes expiring 180 days before expiry (2024-02-09)", () => {
    expect(addDays("2024-08-07", -180)).toBe("2024-02-09")
    expect(statusOn(certificate, "2024-02-09")).toBe("expiring")
    expect(statusOn(certificate, "2024-08-06")).toBe("expiring")
  })

  it("is expired on its expiry day", () => {
    expect(statusOn(certificate, "2024-08-07")).toBe("expired")
  })

  it("stays valid in renewal for 180 days past expiry once a renewal is filed", () => {
    const filed = { ...certificate, renewal_filed_at: "2024-04-01" }
    expect(statusOn(filed, "2024-03-31")).toBe("expiring")
    expect(statusOn(filed, "2024-04-01")).toBe("renewal_pending")
    expect(statusOn(filed, addDays("2024-08-07", 179))).toBe("renewal_pending")
    expect(statusOn(filed, addDays("2024-08-07", 180))).toBe("expired")
  })

  it("is revoked from the revocation day, whatever the dates", () => {
    const revoked = { ...certificate, revoked_at: "2023-05-01" }
    expect(statusOn(revoked, "2023-04-30")).toBe("active")
    expect(statusOn(revoked, "2023-05-01")).toBe("revoked")
  })

  it("shows a badge only while active, expiring or in renewal", () => {
    expect(mayShowBadge("active")).toBe(true)
    expect(mayShowBadge("expiring")).toBe(true)
    expect(mayShowBadge("renewal_pending")).toBe(true)
    expect(mayShowBadge("expired")).toBe(false)
    expect(mayShowBadge("revoked")).toBe(false)
  })

  it("counts a certificate as valid on a day only from its issue day", () => {
    const issued = { issued_at: "2021-08-07", expires_at: "2024-08-07" }
    expect(validOn(issued, "2021-08-06")).toBe(false)
    expect(validOn(issued, "2021-08-07")).toBe(true)
    expect(validOn(issued, "2024-06-30")).toBe(true)
    expect(validOn(issued, "2024-08-07")).toBe(false)
  })
})

describe("criteria and issuers", () => {
  it("picks the criteria in force on the decision day", () => {
    expect(criteriaVersionOn("2022-12-30")).toBe("1048/2019")
    expect(criteriaVersionOn("2023-02-24")).toBe("148/2023")
    expect(criteriaVersionOn("2025-07-06")).toBe("1489/2025")
    expect(criteriaVersionOn("2026-05-22")).toBe("26/2026")
  })

  it("has districts certify 3 stars only under 148/2023", () => {
    expect(defaultIssuer(3, "148/2023", "hoa_an")).toBe("UBND huyện Hòa An")
    expect(defaultIssuer(3, "148/2023", "thanh_pho_cao_bang")).toBe("UBND thành phố Cao Bằng")
    expect(defaultIssuer(4, "148/2023", "hoa_an")).toBe("UBND tỉnh Cao Bằng")
    expect(defaultIssuer(3, "1489/2025", "hoa_an")).toBe("UBND tỉnh Cao Bằng")
    expect(defaultIssuer(5, "26/2026", "hoa_an")).toBe("Bộ Nông nghiệp và Môi trường")
  })
})

describe("days", () => {
  it("validates calendar days", () => {
    expect(isDay("2024-02-29")).toBe(true)
    expect(isDay("2023-02-29")).toBe(false)
    expect(isDay("2024-13-01")).toBe(false)
    expect(isDay("24-01-01")).toBe(false)
  })

  it("reads the day in Vietnam (UTC+7)", () => {
    expect(vietnamDay(new Date("2024-08-06T17:30:00Z"))).toBe("2024-08-07")
    expect(vietnamDay(new Date("2024-08-06T16:59:00Z"))).toBe("2024-08-06")
    expect(dayToDate("2024-08-07").toISOString()).toBe("2024-08-07T00:00:00.000Z")
  })
})

describe("validUntil (the day a certificate stops showing the mark)", () => {
  const cases = [
    { expires_at: "2027-03-01" },
    { expires_at: "2027-03-01", renewal_filed_at: "2026-12-01" },
    { expires_at: "2027-03-01", revoked_at: "2026-12-15" },
    { expires_at: "2027-03-01", renewal_filed_at: "2026-10-01", revoked_at: "2027-05-01" },
    { expires_at: "2027-03-01", renewal_filed_at: "2026-10-01", revoked_at: "2027-12-01" },
  ]

  it.each(cases)("agrees with statusOn on every day around it (%o)", (certificate) => {
    const until = validUntil(certificate)
    for (let offset = -400; offset <= 400; offset += 1) {
      const day = addDays("2027-03-01", offset)
      if (certificate.renewal_filed_at && day < certificate.renewal_filed_at) continue
      expect({ day, valid: mayShowBadge(statusOn(certificate, day)) }).toEqual({ day, valid: day < until })
    }
  })
})
