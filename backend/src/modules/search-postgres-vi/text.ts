/**
 * Vietnamese text as this provider compares it. The query is folded here in
 * TypeScript and the documents are folded in SQL (a generated column), so both
 * sides must fold identically: a unit test checks every letter.
 */

const ACCENTED =
  "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ" +
  "ÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ"

/** Removes tone marks and vowel hats and maps đ → d: "Bánh khảo Đông Khê" → "banh khao dong khe". */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .normalize("NFC")
    .toLowerCase()
}

const PLAIN = [...ACCENTED].map((letter) => foldText(letter)).join("")

/** The same folding in SQL, without the unaccent extension: translate() is IMMUTABLE, so it can feed a generated column. */
export function foldSql(expression: string): string {
  return `lower(translate(${expression}, '${ACCENTED}', '${PLAIN}'))`
}

export const FOLD_ALPHABET = { accented: ACCENTED, plain: PLAIN }

const MAX_WORDS = 10
const MAX_WORD_LENGTH = 40

export type ParsedQuery = {
  /** Lower-case words with their accents, for full text and the exact-accent bonus. */
  text: string
  /** The same words folded, for trigram matching against the folded title. */
  folded: string
  /** Whether the shopper typed any accent (then exact-accent matches rank first). */
  accented: boolean
}

/**
 * Words only: punctuation, control characters, SQL or filter syntax become
 * spaces; hyphens split words ("banh-khao" is "banh khao"). At most 10 words.
 */
export function parseQuery(raw: string): ParsedQuery {
  const words = raw
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS)
    .map((word) => word.slice(0, MAX_WORD_LENGTH))
  const text = words.join(" ")
  const folded = foldText(text)
  return { text, folded, accented: folded !== text }
}

/** The words of an already folded text. */
export function wordsOf(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
}

/** A LIKE pattern matching `value` anywhere, with LIKE's wildcards escaped. */
export function containsPattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (character) => `\\${character}`)}%`
}
