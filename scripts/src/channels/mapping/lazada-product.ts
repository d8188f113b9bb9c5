import type { ChannelProduct } from "../core/source"
import type { LazadaPriceQuantityPayload, LazadaProductPayload, LazadaSku } from "../lazada/product-types"
import type { LazadaCategoryEntry } from "./category-table"
import type { ClaimDecision } from "./certificate-policy"
import type { LazadaLimits } from "./limits"
import { fitSections, listingName, listingSections, renderHtml, renderShortHtml } from "./listing-text"
import { applyPriceRule, type PriceRule } from "./price"
import { problem, type Problem } from "./problems"
import { kilograms, singlePack } from "./source-checks"
import { offeredStock, type StockRule } from "./stock"
import { normalizeText } from "./words"

/**
 * A Lazada /product/create payload whose Images still hold our source URLs:
 * Lazada only accepts images it hosts, so the push step migrates them
 * (/images/migrate) and calls finaliseLazadaProduct() with the hosted URLs.
 */
export type LazadaSkuDraft = {
  variantId: string
  sku: string
  option: string
  priceVnd: number
  stock: number
  packageWeightKg: number | null
  packageLengthCm: number | null
  packageWidthCm: number | null
  packageHeightCm: number | null
}

export type LazadaProductDraft = {
  productId: string
  payload: LazadaProductPayload
  imageUrls: string[]
  skus: LazadaSkuDraft[]
  /** The sale attribute holding the pack when there are several SKUs (from the category table). */
  saleProp: string | null
  /** Certificate no longer valid and policy "unlist": quantities are 0 and the push step deactivates. */
  unlist: boolean
}

export const LAZADA_NO_BRAND = "No Brand"

export type LazadaMapInput = {
  product: ChannelProduct
  category: LazadaCategoryEntry
  claim: ClaimDecision
  limits: LazadaLimits
  priceRule: PriceRule
  stockRule?: StockRule
}

/** Lazada takes sizes with at most 2 decimals. */
function cm(value: number | null): number | null {
  return value === null || !Number.isFinite(value) || value <= 0 ? null : Math.round(value * 100) / 100
}

export function mapLazadaProduct(input: LazadaMapInput): { draft: LazadaProductDraft; warnings: Problem[] } {
  const { product, category, claim, limits } = input
  const warnings: Problem[] = []
  const name = listingName(product, claim, limits.nameLength.max, singlePack(product))
  if (name.trimmed) warnings.push(problem("name", `Tên được rút gọn còn ${limits.nameLength.max} ký tự`, "name shortened to the limit"))
  const fitted = fitSections(listingSections(product, claim), limits.descriptionLength.max, renderHtml)
  if (fitted.trimmed) warnings.push(problem("description", "Mô tả sản phẩm được rút gọn cho vừa giới hạn", "product prose shortened to fit the description limit"))

  const skus: LazadaSkuDraft[] = product.variants.map((variant) => ({
    variantId: variant.variantId,
    sku: variant.sku,
    option: normalizeText(variant.title),
    priceVnd: variant.priceVnd > 0 && Number.isFinite(variant.priceVnd) ? applyPriceRule(variant.priceVnd, input.priceRule) : 0,
    stock: claim.unlist ? 0 : offeredStock(variant.stock, input.stockRule),
    packageWeightKg: kilograms(variant.weightGrams),
    packageLengthCm: cm(variant.lengthCm),
    packageWidthCm: cm(variant.widthCm),
    packageHeightCm: cm(variant.heightCm),
  }))
  const saleProp = skus.length > 1 ? category.saleProp : null
  const imageUrls = product.images.slice(0, limits.images.max)
  if (product.images.length > imageUrls.length) {
    warnings.push(problem("Images", `Chỉ lấy ${limits.images.max} ảnh đầu`, `only the first ${limits.images.max} images are used`))
  }

  const highlights = [
    ...(claim.show ? [`Sản phẩm OCOP ${claim.certificate.stars} sao tỉnh Cao Bằng, giấy chứng nhận số ${claim.certificate.number}`] : []),
    ...(product.label.netQuantity ? [`Quy cách: ${product.label.netQuantity}`] : []),
    ...(product.label.origin ? [`Xuất xứ: ${product.label.origin}`] : []),
    ...(product.producer ? [`Chủ thể: ${product.producer.name}`] : []),
  ]
  const payloadSkus: LazadaSku[] = skus.map((sku) => {
    const entry: LazadaSku = { SellerSku: sku.sku, price: sku.priceVnd, quantity: sku.stock }
    if (sku.packageWeightKg !== null) entry.package_weight = sku.packageWeightKg
    if (sku.packageLengthCm !== null) entry.package_length = sku.packageLengthCm
    if (sku.packageWidthCm !== null) entry.package_width = sku.packageWidthCm
    if (sku.packageHeightCm !== null) entry.package_height = sku.packageHeightCm
    if (saleProp) entry[saleProp] = sku.option
    return entry
  })
  const payload: LazadaProductPayload = {
    Request: {
      Product: {
        PrimaryCategory: category.primaryCategory,
        Images: { Image: imageUrls },
        Attributes: {
          // Category attributes first so they can never replace the name or description.
          ...category.attributes,
          name: name.name,
          description: renderHtml(fitted.sections),
          ...(highlights.length > 0 ? { short_description: renderShortHtml(highlights) } : {}),
          brand: category.brand ?? LAZADA_NO_BRAND,
          ...(category.brandId !== null ? { brand_id: category.brandId } : {}),
        },
        Skus: { Sku: payloadSkus },
      },
    },
  }
  return { draft: { productId: product.productId, payload, imageUrls, skus, saleProp, unlist: claim.unlist }, warnings }
}

/** The payload to send, with Lazada-hosted image URLs (from /images/migrate) in the source order. */
export function finaliseLazadaProduct(draft: LazadaProductDraft, hostedImageUrls: string[], itemId?: number): LazadaProductPayload {
  if (hostedImageUrls.length === 0 || hostedImageUrls.length > 8) {
    throw new Error(`${draft.productId}: Lazada needs 1–8 hosted images, got ${hostedImageUrls.length}`)
  }
  const product = draft.payload.Request.Product
  return {
    Request: {
      Product: { ...product, Images: { Image: [...hostedImageUrls] }, ...(itemId !== undefined ? { ItemId: itemId } : {}) },
    },
  }
}

export const LAZADA_PRICE_QUANTITY_MAX_SKUS = 50

/** /product/price_quantity/update for up to 50 SKUs (20 recommended; the caller batches). */
export function lazadaPriceQuantityPayload(skus: Array<{ sku: string; priceVnd?: number; stock?: number }>): LazadaPriceQuantityPayload {
  if (skus.length === 0 || skus.length > LAZADA_PRICE_QUANTITY_MAX_SKUS) {
    throw new RangeError(`price_quantity/update takes 1–${LAZADA_PRICE_QUANTITY_MAX_SKUS} SKUs, got ${skus.length}`)
  }
  return {
    Request: {
      Product: {
        Skus: {
          Sku: skus.map((sku) => ({
            SellerSku: sku.sku,
            ...(sku.priceVnd !== undefined ? { Price: sku.priceVnd } : {}),
            ...(sku.stock !== undefined ? { Quantity: sku.stock } : {}),
          })),
        },
      },
    },
  }
}
