/**
 * Folds Vietnamese the way Meilisearch's tokenizer does: decomposed, combining
 * marks (tones, ư/ơ horns, â/ê/ô circumflexes, ă breves) dropped, Đ/đ/Ð → d,
 * lower case. "Bánh khảo Đông Khê" → "banh khao dong khe".
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/[ĐđÐð]/g, "d")
    .toLowerCase()
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char)
}
