import type { CertificateStatus, ChannelCertificate, ChannelProduct } from "../core/source"

/**
 * When a listing may say "OCOP": only while the certificate is in force.
 * Saying it after expiry or revocation is a false claim, so the policy for an
 * invalid certificate is either to list without any claim or to withdraw.
 */
export type InvalidCertificatePolicy = "strip-claim" | "unlist"

export type ClaimPolicy = {
  onInvalidCertificate: InvalidCertificatePolicy
  /**
   * Statuses that may show the claim. The brief says valid and expiring; the
   * backend domain also lets a certificate in renewal grace show the mark, so
   * a caller who maps that state to "pending" can add it here.
   */
  claimStatuses: readonly CertificateStatus[]
}

export const DEFAULT_CLAIM_POLICY: ClaimPolicy = { onInvalidCertificate: "strip-claim", claimStatuses: ["valid", "expiring"] }

export type ClaimDecision =
  | { show: true; certificate: ChannelCertificate; unlist: false; reason: null }
  | { show: false; certificate: null; unlist: boolean; reason: string }

export function decideClaim(product: ChannelProduct, policy: ClaimPolicy = DEFAULT_CLAIM_POLICY): ClaimDecision {
  const certificate = product.certificate
  if (certificate && policy.claimStatuses.includes(certificate.status)) {
    return { show: true, certificate, unlist: false, reason: null }
  }
  const reason = certificate
    ? `giấy chứng nhận OCOP ở trạng thái "${certificate.status}" / OCOP certificate is ${certificate.status}`
    : "không có giấy chứng nhận OCOP / no OCOP certificate"
  return { show: false, certificate: null, unlist: policy.onInvalidCertificate === "unlist", reason }
}

// "OCOP", "4 sao", "4★", "★★★★": everything a shopper reads as the OCOP mark.
const CLAIM_PATTERN = /OCOP|\b[1-5]\s*(?:sao|★)|★/iu

export function mentionsClaim(text: string): boolean {
  return CLAIM_PATTERN.test(text)
}

/**
 * Removes every sentence that speaks of OCOP or stars, for listings that may
 * not claim them (a seed description such as "…được nâng hạng từ OCOP 3 sao
 * lên 4 sao năm 2023." must not survive an expired certificate).
 */
export function stripClaimSentences(text: string): string {
  return text
    .split(/\n/u)
    .map((line) =>
      line
        .split(/(?<=[.!?…])\s+/u)
        .filter((sentence) => !mentionsClaim(sentence))
        .join(" ")
        .trim(),
    )
    .filter((line, index, lines) => line !== "" || (index > 0 && lines[index - 1] !== ""))
    .join("\n")
    .trim()
}

/** Removes OCOP phrases from a product name ("Chè Shan tuyết – OCOP 4 sao" → "Chè Shan tuyết"). */
export function stripClaimFromName(name: string): string {
  return name
    .replace(/[\s\-–—|,(]*\bOCOP\b(?:\s*[1-5]\s*(?:sao|★))?(?:\s+Cao Bằng)?\)?/giu, "")
    .replace(/[\s\-–—|,(]*\b[1-5]\s*(?:sao|★)/giu, "")
    .replace(/★+/gu, "")
    .replace(/\s+/gu, " ")
    .trim()
}
