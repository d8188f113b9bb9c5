/**
 * Length and trimming of Vietnamese text as platforms count it: characters
 * (code points) of the NFC form, so "Hòa" is 3 whatever the source encoding.
 */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim()
}

export function charLength(text: string): number {
  return Array.from(text.normalize("NFC")).length
}

// Dangling separators left at the end of a cut ("Bánh khảo –", "Trà, ").
const TRAILING_JUNK = /[\s,;:.\-–—|/+&(]+$/u

export type Trimmed = { text: string; trimmed: boolean; cutWord: boolean }

/**
 * Fits text into `max` characters, cutting only between words. A first word
 * longer than `max` on its own is the one case cut mid-word; `cutWord` tells
 * the caller, who may prefer to refuse the text rather than send half a word.
 */
export function trimToWords(text: string, max: number): Trimmed {
  const clean = normalizeText(text)
  const chars = Array.from(clean)
  if (chars.length <= max) return { text: clean, trimmed: false, cutWord: false }
  if (max <= 0) return { text: "", trimmed: true, cutWord: false }
  // One character past the limit tells whether the limit falls on a space.
  const head = chars.slice(0, max + 1).join("")
  const lastSpace = head.lastIndexOf(" ")
  const cut = lastSpace > 0 ? head.slice(0, lastSpace).replace(TRAILING_JUNK, "") : ""
  if (cut === "") return { text: chars.slice(0, max).join(""), trimmed: true, cutWord: true }
  return { text: cut, trimmed: true, cutWord: false }
}

/** Trims a multi-paragraph text to `max` characters at a word boundary, keeping line breaks. */
export function trimParagraphs(text: string, max: number): { text: string; trimmed: boolean } {
  const chars = Array.from(text.normalize("NFC"))
  if (chars.length <= max) return { text: text.normalize("NFC"), trimmed: false }
  const head = chars.slice(0, max + 1).join("")
  const lastBreak = Math.max(head.lastIndexOf(" "), head.lastIndexOf("\n"))
  const cut = lastBreak > 0 ? head.slice(0, lastBreak).replace(TRAILING_JUNK, "") : chars.slice(0, max).join("")
  return { text: cut.trimEnd(), trimmed: true }
}
