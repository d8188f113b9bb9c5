import type { ChannelProduct, ChannelVariant } from "../core/source"
import { decideClaim, DEFAULT_CLAIM_POLICY, stripClaimFromName, stripClaimSentences, type ClaimPolicy } from "../mapping/certificate-policy"
import { listingName, listingSections, renderText } from "../mapping/listing-text"
import { applyPriceRule, type PriceRule } from "../mapping/price"
import { sourceProblems } from "../mapping/source-checks"
import { offeredStock, type StockRule } from "../mapping/stock"
import { formatDateVi, formatDecimalVi, producerTypeWords } from "../mapping/vietnamese"
import type { SkippedRow } from "./summary"

/**
 * One row per SKU for channels listed by hand (Postmart, Voso, 24/7): the
 * facts a post-office clerk types in, with Vietnamese headers. The OCOP
 * columns are empty when the certificate may not be claimed.
 */
export type PlainRow = {
  sku: string
  name: string
  pack: string
  priceVnd: number
  stock: number
  stars: string
  certificateNumber: string
  decision: string
  issuer: string
  validUntil: string
  producer: string
  producerType: string
  place: string
  weightGrams: number | null
  size: string
  ingredients: string
  shelfLife: string
  storage: string
  description: string
  images: string[]
}

export const PLAIN_COLUMNS: ReadonlyArray<{ key: keyof PlainRow; header: string }> = [
  { key: "sku", header: "SKU" },
  { key: "name", header: "Tên sản phẩm" },
  { key: "pack", header: "Quy cách" },
  { key: "priceVnd", header: "Giá (VND)" },
  { key: "stock", header: "Tồn kho" },
  { key: "stars", header: "Hạng sao OCOP" },
  { key: "certificateNumber", header: "Số giấy chứng nhận" },
  { key: "decision", header: "Quyết định" },
  { key: "issuer", header: "Cơ quan cấp" },
  { key: "validUntil", header: "Hiệu lực đến" },
  { key: "producer", header: "Chủ thể" },
  { key: "producerType", header: "Loại hình" },
  { key: "place", header: "Xã/huyện" },
  { key: "weightGrams", header: "Khối lượng (g)" },
  { key: "size", header: "Kích thước (cm)" },
  { key: "ingredients", header: "Thành phần" },
  { key: "shelfLife", header: "Hạn dùng" },
  { key: "storage", header: "Bảo quản" },
  { key: "description", header: "Mô tả" },
  { key: "images", header: "Ảnh" },
]

export type PlainRowOptions = {
  priceRule?: Partial<PriceRule>
  stockRule?: StockRule
  claimPolicy?: Partial<ClaimPolicy>
  allowSample?: boolean
}

/** No platform limit here, but a name nobody can read on a label is no use either. */
const NAME_MAX = 200

function size(variant: ChannelVariant): string {
  const parts = [variant.lengthCm, variant.widthCm, variant.heightCm]
  return parts.every((part) => part !== null && part > 0) ? parts.map((part) => formatDecimalVi(part ?? 0)).join(" × ") : ""
}

export type PlainRowSource = { product: ChannelProduct; variant: ChannelVariant; row: PlainRow }

export function plainRows(products: ChannelProduct[], options: PlainRowOptions = {}): { rows: PlainRowSource[]; skipped: SkippedRow[] } {
  const policy: ClaimPolicy = { ...DEFAULT_CLAIM_POLICY, ...options.claimPolicy }
  const rows: PlainRowSource[] = []
  const skipped: SkippedRow[] = []
  for (const product of products) {
    const claim = decideClaim(product, policy)
    const skus = product.variants.map((variant) => variant.sku || product.handle)
    const skipAll = (reason: string) => (skus.length > 0 ? skus : [product.handle]).forEach((sku) => skipped.push({ sku, reason }))
    if (claim.unlist) {
      skipAll(`không đăng / not listed: ${claim.reason}`)
      continue
    }
    // Pictures are fetched (and their failures reported) separately; a clerk can add one by hand.
    const problems = sourceProblems(product, options.allowSample ?? false).filter((p) => !p.field.startsWith("images"))
    const productWide = problems.filter((p) => !p.field.startsWith("variants["))
    if (productWide.length > 0) {
      skipAll(productWide.map((p) => `${p.field}: ${p.message}`).join("; "))
      continue
    }
    const description = renderText(listingSections(product, claim))
    const certificate = claim.show ? claim.certificate : null
    const text = (value: string | undefined) => (value === undefined ? "" : claim.show ? value : stripClaimSentences(value))
    product.variants.forEach((variant, index) => {
      const own = problems.filter((p) => p.field.startsWith(`variants[${index}]`))
      if (own.length > 0) {
        skipped.push({ sku: variant.sku || product.handle, reason: own.map((p) => `${p.field}: ${p.message}`).join("; ") })
        return
      }
      rows.push({
        product,
        variant,
        row: {
          sku: variant.sku,
          name: listingName(product, claim, NAME_MAX, variant).name,
          pack: variant.title,
          priceVnd: applyPriceRule(variant.priceVnd, options.priceRule),
          stock: offeredStock(variant.stock, options.stockRule),
          stars: certificate ? `${certificate.stars} sao` : "",
          certificateNumber: certificate?.number ?? "",
          decision: certificate?.decision ?? "",
          issuer: certificate?.issuer ?? "",
          validUntil: certificate ? formatDateVi(certificate.expiresOn) : "",
          producer: product.producer ? (claim.show ? product.producer.name : stripClaimFromName(product.producer.name)) : "",
          producerType: product.producer ? producerTypeWords(product.producer.type) : "",
          place: product.producer ? [product.producer.commune, product.producer.district].filter((part) => part.trim() !== "").join(", ") : "",
          weightGrams: variant.weightGrams !== null && variant.weightGrams > 0 ? Math.round(variant.weightGrams) : null,
          size: size(variant),
          ingredients: text(product.label.ingredients),
          shelfLife: text(product.label.shelfLife),
          storage: text(product.label.storage),
          description,
          images: [],
        },
      })
    })
  }
  return { rows, skipped }
}

/** A row as cells in PLAIN_COLUMNS order (images joined by "; "). */
export function plainCells(row: PlainRow): Array<string | number | null> {
  return PLAIN_COLUMNS.map(({ key }) => {
    const value = row[key]
    return Array.isArray(value) ? value.join("; ") : value
  })
}
