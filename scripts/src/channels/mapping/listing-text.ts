import type { ChannelProduct, ChannelVariant } from "../core/source"
import { stripClaimFromName, stripClaimSentences, type ClaimDecision } from "./certificate-policy"
import { formatDateVi, formatDecimalVi, isSpirit, lowerFirst, producerTypeWords, SPIRIT_WARNING_VI } from "./vietnamese"
import { charLength, normalizeText, trimParagraphs, trimToWords } from "./words"

/**
 * The Vietnamese listing text every channel is built from: a name and a
 * description made of sections, rendered as plain text (Shopee, files) or
 * HTML (Lazada).
 */
export type TextSection = { heading: string | null; lines: string[]; bullets: boolean }

const PROVINCE = "Cao Bằng"

/** Pack names that say nothing ("Default variant" from Medusa). */
function meaningfulPack(title: string): boolean {
  return title.trim() !== "" && !/^(default|mặc định)/iu.test(title.trim())
}

export type ListingName = { name: string; trimmed: boolean }

/**
 * "Bánh khảo Phục Hòa hộp 500 g – OCOP 4 sao Cao Bằng". The pack goes in
 * when the listing sells one pack only; the claim only with a valid
 * certificate. When too long the product words are cut (between words) so the
 * claim survives; the province is not repeated when the name already has it.
 */
export function listingName(product: ChannelProduct, claim: ClaimDecision, maxLength: number, pack: ChannelVariant | null): ListingName {
  let base = normalizeText(claim.show ? product.title : stripClaimFromName(product.title))
  if (pack && meaningfulPack(pack.title) && !base.toLocaleLowerCase("vi").includes(pack.title.trim().toLocaleLowerCase("vi"))) {
    base = `${base} ${lowerFirst(normalizeText(pack.title))}`
  }
  if (!claim.show) return fit(base, "", maxLength)
  const province = base.includes(PROVINCE) ? "" : ` ${PROVINCE}`
  return fit(base, ` – OCOP ${claim.certificate.stars} sao${province}`, maxLength)
}

/**
 * Fits the product words in front of the suffix. When that would leave no
 * whole word, the whole name is trimmed; when even that would cut inside a
 * word, the name is returned too long so validation refuses it with a reason
 * rather than sending half a word.
 */
function fit(base: string, suffix: string, maxLength: number): ListingName {
  const full = base + suffix
  if (charLength(full) <= maxLength) return { name: full, trimmed: false }
  const head = trimToWords(base, maxLength - charLength(suffix))
  if (suffix !== "" && !head.cutWord && head.text !== "" && charLength(head.text) >= Math.min(charLength(base), 10)) {
    return { name: head.text + suffix, trimmed: true }
  }
  const whole = trimToWords(full, maxLength)
  return whole.cutWord ? { name: full, trimmed: false } : { name: whole.text, trimmed: true }
}

function line(label: string, value: string | null | undefined): string[] {
  const text = value?.trim()
  return text ? [`${label}: ${text}`] : []
}

function place(commune: string, district: string): string {
  const parts = [commune, district].map((part) => part.trim()).filter((part) => part !== "")
  const joined = parts.join(", ")
  return joined.includes(PROVINCE) ? joined : [...parts, `tỉnh ${PROVINCE}`].join(", ")
}

/** The sections of a description, in the order shoppers look for them. */
export function listingSections(product: ChannelProduct, claim: ClaimDecision): TextSection[] {
  const clean = (text: string) => (claim.show ? text : stripClaimSentences(text))
  const cleanName = (text: string) => (claim.show ? text : stripClaimFromName(text))
  const sections: TextSection[] = []
  if (claim.show) {
    const c = claim.certificate
    sections.push({
      heading: `Sản phẩm OCOP ${c.stars} sao tỉnh ${PROVINCE}`,
      bullets: true,
      lines: [
        `Hạng: ${c.stars} sao ${"★".repeat(c.stars)}`,
        ...line("Số giấy chứng nhận", c.number),
        ...line("Quyết định", c.decision),
        ...line("Cơ quan cấp", c.issuer),
        ...line("Hiệu lực đến", formatDateVi(c.expiresOn)),
      ],
    })
  }
  const producer = product.producer
  if (producer) {
    sections.push({
      heading: "Chủ thể sản xuất",
      bullets: true,
      lines: [`${cleanName(producer.name)} (${producerTypeWords(producer.type)})`, `Địa chỉ: ${place(producer.commune, producer.district)}`].filter(
        (text) => text.trim() !== "",
      ),
    })
  }
  const label = product.label
  const spirit = isSpirit(product.categoryKey, label.alcoholPercent)
  const labelLines = [
    ...line("Khối lượng tịnh / thể tích thực", label.netQuantity && clean(label.netQuantity)),
    ...line("Thành phần", label.ingredients && clean(label.ingredients)),
    ...line("Hạn sử dụng", label.shelfLife && clean(label.shelfLife)),
    ...line("Bảo quản", label.storage && clean(label.storage)),
    ...line("Xuất xứ", label.origin && clean(label.origin)),
    ...(label.alcoholPercent !== undefined ? [`Độ cồn: ${formatDecimalVi(label.alcoholPercent)}% vol`] : []),
    ...(spirit ? [SPIRIT_WARNING_VI] : []),
  ]
  if (labelLines.length > 0) sections.push({ heading: "Thông tin trên nhãn", bullets: true, lines: labelLines })
  const description = clean(product.description.normalize("NFC")).trim()
  if (description !== "") {
    sections.push({ heading: "Mô tả sản phẩm", bullets: false, lines: description.split(/\n+/u).filter((text) => text.trim() !== "") })
  }
  return sections
}

export function renderText(sections: TextSection[]): string {
  return sections
    .map((section) => {
      const body = section.lines.map((text) => (section.bullets ? `• ${text}` : text)).join("\n")
      return section.heading ? `${section.heading.toLocaleUpperCase("vi")}\n${body}` : body
    })
    .join("\n\n")
}

function escapeHtml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;")
}

export function renderHtml(sections: TextSection[]): string {
  return sections
    .map((section) => {
      const heading = section.heading ? `<p><strong>${escapeHtml(section.heading)}</strong></p>` : ""
      const body = section.bullets
        ? `<ul>${section.lines.map((text) => `<li>${escapeHtml(text)}</li>`).join("")}</ul>`
        : section.lines.map((text) => `<p>${escapeHtml(text)}</p>`).join("")
      return heading + body
    })
    .join("")
}

/** Lazada's short description: text only, as a list. */
export function renderShortHtml(lines: string[]): string {
  return `<ul>${lines.map((text) => `<li>${escapeHtml(text)}</li>`).join("")}</ul>`
}

/**
 * Fits a description into a platform's limit by shortening the product's own
 * prose (the last section) first: the OCOP, producer and label facts are the
 * part a buyer and an inspector need, so they are kept whole.
 */
export function fitSections(
  sections: TextSection[],
  maxLength: number,
  render: (sections: TextSection[]) => string,
): { sections: TextSection[]; trimmed: boolean } {
  if (charLength(render(sections)) <= maxLength) return { sections, trimmed: false }
  const last = sections[sections.length - 1]
  if (!last || last.bullets) return { sections, trimmed: false }
  const head = sections.slice(0, -1)
  const withoutProse = charLength(render([...head, { ...last, lines: [""] }]))
  const room = maxLength - withoutProse
  if (room < 20) return { sections: head, trimmed: true }
  // The room is measured on plain text; HTML escaping may need a few more
  // characters, so shrink until the rendered form fits.
  let budget = room
  while (budget >= 20) {
    const prose = trimParagraphs(last.lines.join("\n"), budget).text
    const candidate = [...head, { ...last, lines: prose.split("\n").filter((text) => text.trim() !== "") }]
    if (charLength(render(candidate)) <= maxLength) return { sections: candidate, trimmed: true }
    budget -= Math.max(10, Math.ceil(budget / 10))
  }
  return { sections: head, trimmed: true }
}
