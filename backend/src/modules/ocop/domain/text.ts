/**
 * Vietnamese text helpers. Folding removes tone marks and vowel hats and maps
 * đ → d, so "Bánh khảo Sơn Tòng" and "banh khao son tong" compare equal.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC")
}

/** A URL-safe handle from a Vietnamese name: "HTX Tâm Hòa" → "htx-tam-hoa". */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 96)
}

export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
