import type { ProductGroup } from "../../modules/ocop/domain/classification"

/**
 * A product picture drawn locally (no downloads): the product's name on a
 * band of Tày–Nùng brocade diamonds, in the colours of its group. Drawn as
 * SVG (easy to test), uploaded as JPEG (product-photo.ts).
 * It shows no OCOP stars: the badge is drawn by the storefront only while
 * the certificate is valid.
 */
const PALETTE: Record<ProductGroup, { background: string; band: string; accent: string; ink: string }> = {
  thuc_pham: { background: "#f6efe2", band: "#8a5a2b", accent: "#d9a441", ink: "#3b2a17" },
  do_uong: { background: "#eef3ea", band: "#2f6b3b", accent: "#c9b458", ink: "#1d3a23" },
  duoc_lieu: { background: "#eef5f1", band: "#2d7a66", accent: "#9cc5a1", ink: "#173d33" },
  thu_cong_my_nghe: { background: "#f5ecef", band: "#7c2d4a", accent: "#e0a458", ink: "#3d1524" },
  sinh_vat_canh: { background: "#eef6f0", band: "#3d7f4a", accent: "#e6b3c3", ink: "#1f3d25" },
  dich_vu_du_lich: { background: "#eaf1f7", band: "#2b5c8a", accent: "#9cc3e0", ink: "#16304a" },
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

/** Greedy word wrap into at most `maxLines` lines of about `width` characters. */
export function wrapWords(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = []
  let line = ""
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`
  return kept
}

function brocadeBand(y: number, colors: { band: string; accent: string; background: string }): string {
  const diamonds = Array.from({ length: 10 }, (_, index) => {
    const x = 40 + index * 80
    return `<path d="M${x} ${y + 10} L${x + 30} ${y + 40} L${x} ${y + 70} L${x - 30} ${y + 40} Z" fill="${colors.accent}"/>` +
      `<path d="M${x} ${y + 25} L${x + 15} ${y + 40} L${x} ${y + 55} L${x - 15} ${y + 40} Z" fill="${colors.background}"/>`
  }).join("")
  return `<rect x="0" y="${y}" width="800" height="80" fill="${colors.band}"/>${diamonds}`
}

export function productImageSvg(input: { title: string; subtitle: string; group: ProductGroup; place: string }): string {
  const colors = PALETTE[input.group]
  const lines = wrapWords(input.title, 16, 3)
  const titleY = 400 - (lines.length - 1) * 38
  const title = lines
    .map(
      (line, index) =>
        `<text x="400" y="${titleY + index * 76}" text-anchor="middle" font-size="64" font-weight="700" fill="${colors.ink}">${escapeXml(line)}</text>`
    )
    .join("")
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800" role="img" aria-label="${escapeXml(input.title)}">`,
    `<rect width="800" height="800" fill="${colors.background}"/>`,
    brocadeBand(40, colors),
    `<g font-family="'Be Vietnam Pro','Noto Sans',Arial,sans-serif">`,
    title,
    `<text x="400" y="${titleY + lines.length * 76 + 10}" text-anchor="middle" font-size="36" fill="${colors.band}">${escapeXml(input.subtitle)}</text>`,
    `<text x="400" y="650" text-anchor="middle" font-size="30" fill="${colors.ink}" opacity="0.75">${escapeXml(input.place)}</text>`,
    `</g>`,
    brocadeBand(680, colors),
    `</svg>`,
  ].join("")
}
