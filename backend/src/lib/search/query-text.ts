import { foldVietnamese } from "../../modules/ocop/domain/text"

/**
 * What a shopper typed, as the search routes use it: cleaned of control
 * characters, at most 200 characters, matched word by word with accents
 * optional. Pure functions, shared by the routes and their tests.
 */

export const MAX_QUERY_LENGTH = 200

const WORD = /[\p{L}\p{N}]+/gu

/**
 * Control characters become spaces, runs of spaces one space, and the text is
 * cut to 200 characters (at a space when there is one). A query without any
 * letter or digit is empty: there is nothing to look for.
 */
export function cleanQuery(raw: string | undefined): string {
  if (!raw) return ""
  const text = raw
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
  if (!/[\p{L}\p{N}]/u.test(text)) return ""
  if (text.length <= MAX_QUERY_LENGTH) return text
  const cut = text.slice(0, MAX_QUERY_LENGTH)
  const space = cut.lastIndexOf(" ")
  return (space > MAX_QUERY_LENGTH / 2 ? cut.slice(0, space) : cut).trim()
}

export const fold = (text: string): string => foldVietnamese(text).toLowerCase()

/** Folded, lower-case words: "Bánh-khảo  SƠN" → ["banh", "khao", "son"]. */
export function queryWords(query: string): string[] {
  return (fold(query).match(WORD) ?? []).slice(0, 10)
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped for speed. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[a.length][b.length]
}

/** Typos forgiven for a query word of this length: none up to 3 letters, one up to 7, then two. */
function typoBudget(length: number): number {
  if (length < 4) return 0
  return length < 8 ? 1 : 2
}

/** Whether a (folded) title word answers a (folded) query word: same, starts with it, or within its typo budget. */
export function wordMatches(titleWord: string, queryWord: string): boolean {
  if (titleWord === queryWord) return true
  if (queryWord.length >= 2 && titleWord.startsWith(queryWord)) return true
  const budget = typoBudget(queryWord.length)
  return budget > 0 && editDistance(titleWord, queryWord, budget) <= budget
}

export type HighlightSegment = { text: string; match: boolean }

/**
 * The title cut into segments, `match` where a word answers the query
 * ("banh khoa" → [{ "Bánh khảo", true }, { " Sơn Tòng", false }]). Plain text,
 * never HTML: the storefront decides how to show a match.
 */
export function highlightTitle(title: string, query: string): HighlightSegment[] {
  const words = queryWords(query)
  const tokens: { start: number; end: number; match: boolean }[] = []
  for (const found of title.matchAll(WORD)) {
    const start = found.index ?? 0
    const folded = fold(found[0])
    tokens.push({ start, end: start + found[0].length, match: words.some((word) => wordMatches(folded, word)) })
  }
  const segments: HighlightSegment[] = []
  const push = (text: string, match: boolean) => {
    if (!text) return
    const last = segments[segments.length - 1]
    if (last && last.match === match) last.text += text
    else segments.push({ text, match })
  }
  let position = 0
  tokens.forEach((token, index) => {
    const gap = title.slice(position, token.start)
    // Spaces between two matched words belong to the match ("Bánh khảo").
    push(gap, token.match && index > 0 && tokens[index - 1].match && position > 0)
    push(title.slice(token.start, token.end), token.match)
    position = token.end
  })
  push(title.slice(position), false)
  return segments.length ? segments : [{ text: title, match: false }]
}

/** How alike two folded words are, 0–1: 1 − edits / length; a word being typed counts as its completion. */
function wordLikeness(queryWord: string, titleWord: string): number {
  if (queryWord === titleWord) return 1
  if (queryWord.length >= 2 && titleWord.startsWith(queryWord)) return 0.9
  const longest = Math.max(queryWord.length, titleWord.length)
  return Math.max(0, 1 - editDistance(queryWord, titleWord, longest) / longest)
}

/**
 * Did you mean: the run of title words, as many as the query has, that is
 * most like it word by word ("nam huog" → "Nấm hương" out of "Nấm hương Trúc
 * Mai"), when it is alike enough and not what was typed already. The titles
 * come from what the search found, or from a looser search when it found
 * nothing.
 */
export function suggestFromTitles(query: string, titles: string[], minimum = 0.6): string | null {
  const wanted = queryWords(query)
  if (!wanted.length) return null
  let best: { text: string; folded: string; score: number } | null = null
  for (const title of titles) {
    const tokens = [...title.matchAll(WORD)].map((found) => ({ text: found[0], start: found.index ?? 0, folded: fold(found[0]) }))
    for (let start = 0; start + wanted.length <= tokens.length; start++) {
      const window = tokens.slice(start, start + wanted.length)
      const score = window.reduce((sum, token, index) => sum + wordLikeness(wanted[index], token.folded), 0) / wanted.length
      if (!best || score > best.score) {
        const last = window[window.length - 1]
        best = {
          text: title.slice(window[0].start, last.start + last.text.length),
          folded: window.map((token) => token.folded).join(" "),
          score,
        }
      }
    }
  }
  if (!best || best.score < minimum || best.folded === wanted.join(" ")) return null
  return best.text
}
