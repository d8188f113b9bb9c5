import type { SearchTypes } from "@medusajs/framework/types"

/** Known words to try instead of, or as well as, each query word the index does not know. */
export type Corrections = Record<string, string[]>

const MAX_CORRECTIONS = 8

/** Optimal string alignment distance: Levenshtein plus swapping two neighbours, stopping early past `cap`. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1
  let previous2: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMinimum = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1)
      current.push(value)
      rowMinimum = Math.min(rowMinimum, value)
    }
    if (rowMinimum > cap) return cap + 1
    previous2 = previous
    previous = current
  }
  return previous[b.length]
}

function sharedPrefix(a: string, b: string): number {
  let length = 0
  while (length < a.length && length < b.length && a[length] === b[length]) length++
  return length
}

/** Typos forgiven in a word: none below three letters, one up to seven, two from eight. */
export function typoBudget(word: string): number {
  if (word.length < 3 || /^\p{N}+$/u.test(word)) return 0
  return word.length >= 8 ? 2 : 1
}

/**
 * For each (folded) query word missing from the vocabulary, the closest known
 * words within its typo budget, best first (fewest edits, then the longest
 * common beginning: typos rarely hit the first letters). Known words are left alone
 * (a correctly spelt word never widens the search) unless `includeKnown`: a
 * typo can land on another real word ("khanh" typed "khan"), which the search
 * retries when nothing matched.
 */
export function corrections(words: string[], vocabulary: string[], includeKnown = false): Corrections {
  const known = new Set(vocabulary)
  const found: Corrections = {}
  for (const word of new Set(words)) {
    const budget = typoBudget(word)
    if (!budget || (known.has(word) && !includeKnown)) continue
    const candidates = vocabulary
      .map((candidate) => ({ candidate, distance: editDistance(word, candidate, budget) }))
      .filter((entry) => entry.distance > 0 && entry.distance <= budget)
      .sort(
        (a, b) =>
          a.distance - b.distance ||
          sharedPrefix(b.candidate, word) - sharedPrefix(a.candidate, word) ||
          a.candidate.localeCompare(b.candidate)
      )
      .slice(0, MAX_CORRECTIONS)
      .map((entry) => entry.candidate)
    if (candidates.length) found[word] = candidates
  }
  return found
}

/** Corrections as they travel in a query's provider options (anything else is ignored). */
export function readCorrections(value: unknown): Corrections {
  if (!value || typeof value !== "object") return {}
  const entries = Object.entries(value).filter(
    (entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].every((word) => typeof word === "string")
  )
  return Object.fromEntries(entries)
}

const quoted = (word: string) => `'${word.replace(/'/g, "")}'`

/**
 * The `to_tsquery` text: every word (or one of its corrections) with "all",
 * any of them with "any"; with "last", the last word is a prefix (it is still
 * being typed, so it is not corrected either).
 */
export function tsQueryText(words: string[], fixes: Corrections, strategy?: SearchTypes.SearchMatchStrategy): string {
  const terms = words.map((word, index) => {
    if (strategy === "last" && index === words.length - 1) return `${quoted(word)}:*`
    const alternatives = [word, ...(fixes[word] ?? [])].map(quoted)
    return alternatives.length > 1 ? `(${alternatives.join(" | ")})` : alternatives[0]
  })
  return terms.join(strategy === "any" ? " | " : " & ")
}
