import { CRITERIA_VERSIONS, isStars, scoreMatchesStars, starsForScore } from "./certificate-rules"
import { groupOfSet, isProductGroup, isProductSet, PRODUCT_SETS } from "./classification"
import { isDay } from "./dates"

export type CertificateRuleInput = {
  stars?: number
  score?: number | null
  product_group?: string
  product_set?: string
  criteria_version?: string
  issued_at?: string
  expires_at?: string | null
}

/**
 * Cross-field rules for a certificate, shared by the API validators and the
 * workflows (a seed or a script calling a workflow gets the same answers).
 * Returns one English message per broken rule; empty when the input is valid.
 */
export function certificateRuleErrors(input: CertificateRuleInput): string[] {
  const errors: string[] = []
  if (input.stars !== undefined && !isStars(input.stars)) {
    errors.push(`stars must be 3, 4 or 5 (only 3 stars and above are certified), got ${input.stars}`)
  }
  if (input.score !== undefined && input.score !== null) {
    if (!Number.isInteger(input.score) || input.score < 0 || input.score > 100) {
      errors.push(`score must be a whole number from 0 to 100, got ${input.score}`)
    } else if (input.stars !== undefined && isStars(input.stars) && !scoreMatchesStars(input.score, input.stars)) {
      errors.push(
        `score ${input.score} earns ${starsForScore(input.score)} stars, not ${input.stars} (50–69 → 3, 70–89 → 4, 90–100 → 5)`
      )
    }
  }
  if (input.product_group !== undefined && !isProductGroup(input.product_group)) {
    errors.push(`unknown product_group "${input.product_group}"`)
  }
  if (input.product_set !== undefined) {
    if (!isProductSet(input.product_set)) {
      errors.push(`unknown product_set "${input.product_set}"`)
    } else if (input.product_group !== undefined && isProductGroup(input.product_group)) {
      const expected = groupOfSet(input.product_set)
      if (expected !== input.product_group) {
        errors.push(`product_set "${input.product_set}" belongs to group "${expected}", not "${input.product_group}"`)
      }
    }
  }
  if (input.criteria_version !== undefined && !(CRITERIA_VERSIONS as readonly string[]).includes(input.criteria_version)) {
    errors.push(`criteria_version must be one of ${CRITERIA_VERSIONS.join(", ")}`)
  }
  if (input.issued_at !== undefined && !isDay(input.issued_at)) {
    errors.push(`issued_at must be a date YYYY-MM-DD, got "${input.issued_at}"`)
  }
  if (input.expires_at !== undefined && input.expires_at !== null) {
    if (!isDay(input.expires_at)) errors.push(`expires_at must be a date YYYY-MM-DD, got "${input.expires_at}"`)
    else if (input.issued_at && isDay(input.issued_at) && input.expires_at <= input.issued_at) {
      errors.push(`expires_at (${input.expires_at}) must be after issued_at (${input.issued_at})`)
    }
  }
  return errors
}

/** The group a product set belongs to, for inputs that give only the set. */
export function groupForSet(set: string): string | undefined {
  return isProductSet(set) ? PRODUCT_SETS[set].group : undefined
}
