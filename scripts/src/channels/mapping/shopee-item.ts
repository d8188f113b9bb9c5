import type { ChannelProduct } from "../core/source"
import type { ShopeeAddItemBody, ShopeeLogisticInfo } from "../shopee/item-types"
import type { ShopeeCategoryEntry } from "./category-table"
import type { ClaimDecision } from "./certificate-policy"
import type { ShopeeLimits } from "./limits"
import { listingName, listingSections, fitSections, renderText } from "./listing-text"
import { applyPriceRule, type PriceRule } from "./price"
import { problem, type Problem } from "./problems"
import { kilograms, largest, parentSku, singlePack, wholeCm } from "./source-checks"
import { offeredStock, type StockRule } from "./stock"
import { normalizeText, trimToWords } from "./words"

/**
 * A Shopee add_item body before the push step has what only Shopee can give:
 * image ids (media_space.upload_image takes files, not URLs) and the shop's
 * logistics channels. The push step uploads `imageUrls`, fetches channels,
 * then calls finaliseShopeeItem().
 */
export type ShopeeItemDraftBody = Omit<ShopeeAddItemBody, "image" | "logistic_info">

export type ShopeeModelDraft = { variantId: string; sku: string; option: string; priceVnd: number; stock: number }

export type ShopeeItemDraft = {
  productId: string
  body: ShopeeItemDraftBody
  /** Source image URLs, cover first, already cut to the platform's maximum. */
  imageUrls: string[]
  /** One per pack (SKU), in the product's order; a single pack is the item itself. */
  models: ShopeeModelDraft[]
  /** Several packs: the tier name ("Quy cách") for v2.product.init_tier_variation after add_item; null for one pack. */
  variationName: string | null
}

export const SHOPEE_VARIATION_NAME = "Quy cách"
export const SHOPEE_NO_BRAND = { brand_id: 0, original_brand_name: "No Brand" } as const

export type ShopeeMapInput = {
  product: ChannelProduct
  category: ShopeeCategoryEntry
  claim: ClaimDecision
  limits: ShopeeLimits
  priceRule: PriceRule
  stockRule?: StockRule
}

/** A pack name for a variation option; one that cannot be cut between words stays whole, for validation to refuse. */
function optionName(title: string, max: number): string {
  const trimmed = trimToWords(title, max)
  return trimmed.cutWord ? normalizeText(title) : trimmed.text
}

export function mapShopeeItem(input: ShopeeMapInput): { draft: ShopeeItemDraft; warnings: Problem[] } {
  const { product, category, claim, limits } = input
  const warnings: Problem[] = []
  const pack = singlePack(product)
  const name = listingName(product, claim, limits.itemNameLength.max, pack)
  if (name.trimmed) warnings.push(problem("item_name", `Tên được rút gọn còn ${limits.itemNameLength.max} ký tự`, "name shortened to the limit"))
  const fitted = fitSections(listingSections(product, claim), limits.descriptionLength.max, renderText)
  if (fitted.trimmed) warnings.push(problem("description", "Mô tả sản phẩm được rút gọn cho vừa giới hạn", "product prose shortened to fit the description limit"))

  const models: ShopeeModelDraft[] = product.variants.map((variant) => ({
    variantId: variant.variantId,
    sku: variant.sku,
    option: optionName(variant.title, limits.tierVariationOptionLength.max),
    priceVnd: variant.priceVnd > 0 && Number.isFinite(variant.priceVnd) ? applyPriceRule(variant.priceVnd, input.priceRule) : 0,
    stock: claim.unlist ? 0 : offeredStock(variant.stock, input.stockRule),
  }))
  const first = models[0]
  const length = largest(product.variants.map((v) => wholeCm(v.lengthCm)))
  const width = largest(product.variants.map((v) => wholeCm(v.widthCm)))
  const height = largest(product.variants.map((v) => wholeCm(v.heightCm)))
  const imageUrls = product.images.slice(0, limits.images.max)
  if (product.images.length > imageUrls.length) {
    warnings.push(problem("image", `Chỉ lấy ${limits.images.max} ảnh đầu`, `only the first ${limits.images.max} images are used`))
  }

  const body: ShopeeItemDraftBody = {
    item_name: name.name,
    description: renderText(fitted.sections),
    // With several packs the models carry their own prices; the item's are
    // the first pack's until init_tier_variation replaces them.
    original_price: first?.priceVnd ?? 0,
    seller_stock: [{ stock: first?.stock ?? 0 }],
    // The heaviest pack, so shipping is never quoted below the real parcel
    // (init_tier_variation models carry no weight of their own).
    weight: largest(product.variants.map((v) => kilograms(v.weightGrams))) ?? 0,
    category_id: category.categoryId,
    item_sku: parentSku(product),
    condition: "NEW",
    item_status: claim.unlist ? "UNLIST" : "NORMAL",
    brand: category.brand ?? { ...SHOPEE_NO_BRAND },
    ...(length !== null && width !== null && height !== null
      ? { dimension: { package_length: length, package_width: width, package_height: height } }
      : {}),
    ...(category.attributes.length > 0 ? { attribute_list: category.attributes } : {}),
  }
  const variationName = product.variants.length > 1 ? SHOPEE_VARIATION_NAME : null
  return { draft: { productId: product.productId, body, imageUrls, models, variationName }, warnings }
}

export type ShopeeFinishing = {
  /** image_id per uploaded image, cover first. */
  imageIds: string[]
  /** From logistics.get_channel_list: channels with enabled && mask_channel_id == 0. */
  logistics: ShopeeLogisticInfo[]
  /** Warehouse, for sellers with several; left out otherwise. */
  locationId?: string
}

/** The add_item body, once images are uploaded and logistics chosen. */
export function finaliseShopeeItem(draft: ShopeeItemDraft, finishing: ShopeeFinishing): ShopeeAddItemBody {
  if (finishing.imageIds.length === 0) throw new Error(`${draft.body.item_sku ?? draft.productId}: add_item needs at least one uploaded image id`)
  if (!finishing.logistics.some((channel) => channel.enabled)) {
    throw new Error(`${draft.body.item_sku ?? draft.productId}: add_item needs at least one enabled logistics channel`)
  }
  const stock = draft.body.seller_stock?.[0]?.stock ?? 0
  return {
    ...draft.body,
    seller_stock: [{ ...(finishing.locationId ? { location_id: finishing.locationId } : {}), stock }],
    image: { image_id_list: finishing.imageIds.slice(0, 9) },
    logistic_info: finishing.logistics,
  }
}

export type ShopeeInitTierVariationBody = {
  item_id: number
  tier_variation: Array<{ name: string; option_list: Array<{ option: string }> }>
  model: Array<{ tier_index: number[]; original_price: number; model_sku: string; seller_stock: Array<{ location_id?: string; stock: number }> }>
}

/** The v2.product.init_tier_variation body for a multi-pack item (null for a single pack). */
export function shopeeTierVariationBody(draft: ShopeeItemDraft, itemId: number, locationId?: string): ShopeeInitTierVariationBody | null {
  if (draft.variationName === null) return null
  return {
    item_id: itemId,
    tier_variation: [{ name: draft.variationName, option_list: draft.models.map((model) => ({ option: model.option })) }],
    model: draft.models.map((model, index) => ({
      tier_index: [index],
      original_price: model.priceVnd,
      model_sku: model.sku,
      seller_stock: [{ ...(locationId ? { location_id: locationId } : {}), stock: model.stock }],
    })),
  }
}
