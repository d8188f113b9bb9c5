import type { Platform } from "../core/errors"
import type { ChannelProduct } from "../core/source"
import { lazadaCategory, shopeeCategory, type CategoryTable } from "./category-table"
import { decideClaim, DEFAULT_CLAIM_POLICY, type ClaimPolicy } from "./certificate-policy"
import { listingHashes, type ListingHashes } from "./content-hash"
import { mapLazadaProduct, type LazadaProductDraft } from "./lazada-product"
import type { PlatformLimits } from "./limits"
import { priceRule, type PriceRule } from "./price"
import { problem, type Problem } from "./problems"
import { mapShopeeItem, type ShopeeItemDraft } from "./shopee-item"
import { parentSku, sourceProblems } from "./source-checks"
import type { StockRule } from "./stock"
import { validateLazadaDraft } from "./validate-lazada"
import { validateShopeeDraft } from "./validate-shopee"

/**
 * The dry run: for every product and platform, what a sync would do and
 * with which payload, or why it refuses, decided before any call is made.
 * One entry is one listing (a product; its packs are its SKUs).
 */
export type PlanAction = "create" | "update" | "skip" | "unlist"

export type PlanSku = { sku: string; variantId: string; priceVnd: number; stock: number }

export type PreviousListing = {
  hashes: ListingHashes
  /** false once withdrawn; an unlisted listing is not unlisted twice. */
  listed: boolean
}

type PlanEntryBase = {
  productId: string
  /** The listing's parent SKU (the single pack's SKU when there is one). */
  sku: string
  skus: PlanSku[]
  action: PlanAction
  /** Why the action was chosen when it is not the obvious one (refused, unchanged, not listed). */
  reason: string | null
  /** Non-empty means refused: nothing is sent for this listing. */
  problems: Problem[]
  /** Sent anyway, but changed on the way (name shortened, images cut…). */
  warnings: Problem[]
  claim: "shown" | "stripped"
  hashes: ListingHashes | null
  /** For "update": which parts changed, so only the needed calls are made. */
  changed: { content: boolean; price: boolean; stock: boolean } | null
}

export type ShopeePlanEntry = PlanEntryBase & { platform: "shopee"; payload: ShopeeItemDraft | null }
export type LazadaPlanEntry = PlanEntryBase & { platform: "lazada"; payload: LazadaProductDraft | null }
export type PlanEntry = ShopeePlanEntry | LazadaPlanEntry

export type PlanOptions = {
  table: CategoryTable
  limits: PlatformLimits
  platforms?: Platform[]
  priceRules?: Partial<Record<Platform, Partial<PriceRule>>>
  stockRules?: Partial<Record<Platform, StockRule>>
  claimPolicy?: Partial<ClaimPolicy>
  allowSample?: boolean
  /** Refuse categories whose ids are still placeholders (`verified: false`); off by default, a warning then. */
  requireVerifiedCategories?: boolean
  /** What was last pushed for a listing (from the ledger); absent = never pushed. */
  previous?: (platform: Platform, productId: string) => PreviousListing | undefined
}

type Mapped<P> = { payload: P | null; problems: Problem[]; warnings: Problem[]; skus: PlanSku[]; content: unknown; unlist: boolean }

function unverified(platform: Platform, key: string, require: boolean): { problems: Problem[]; warnings: Problem[] } {
  const note = problem(
    "category",
    `Mã ngành hàng ${platform} của "${key}" chưa được xác minh (đang là giá trị mẫu)`,
    `${platform} category id for "${key}" is an unverified placeholder`,
  )
  return require ? { problems: [note], warnings: [] } : { problems: [], warnings: [note] }
}

function mapForShopee(product: ChannelProduct, options: PlanOptions, rule: PriceRule, policy: ClaimPolicy): Mapped<ShopeeItemDraft> {
  const claim = decideClaim(product, policy)
  const found = shopeeCategory(options.table, product.categoryKey)
  if (!found.ok) return { payload: null, problems: [found.problem], warnings: [], skus: [], content: null, unlist: claim.unlist }
  const limits = options.limits.shopee
  const stockRule = options.stockRules?.shopee
  const { draft, warnings } = mapShopeeItem({ product, category: found.entry, claim, limits, priceRule: rule, ...(stockRule ? { stockRule } : {}) })
  const check = found.entry.verified ? { problems: [], warnings: [] } : unverified("shopee", product.categoryKey, options.requireVerifiedCategories ?? false)
  const { original_price: _price, seller_stock: _stock, ...fixed } = draft.body
  const content = { body: fixed, imageUrls: draft.imageUrls, variationName: draft.variationName, models: draft.models.map((m) => ({ sku: m.sku, option: m.option })) }
  return {
    payload: draft,
    problems: [...check.problems, ...validateShopeeDraft(draft, limits, claim.show)],
    warnings: [...warnings, ...check.warnings],
    skus: draft.models.map((m) => ({ sku: m.sku, variantId: m.variantId, priceVnd: m.priceVnd, stock: m.stock })),
    content,
    unlist: claim.unlist,
  }
}

function mapForLazada(product: ChannelProduct, options: PlanOptions, rule: PriceRule, policy: ClaimPolicy): Mapped<LazadaProductDraft> {
  const claim = decideClaim(product, policy)
  const found = lazadaCategory(options.table, product.categoryKey)
  if (!found.ok) return { payload: null, problems: [found.problem], warnings: [], skus: [], content: null, unlist: claim.unlist }
  const limits = options.limits.lazada
  const stockRule = options.stockRules?.lazada
  const { draft, warnings } = mapLazadaProduct({ product, category: found.entry, claim, limits, priceRule: rule, ...(stockRule ? { stockRule } : {}) })
  const check = found.entry.verified ? { problems: [], warnings: [] } : unverified("lazada", product.categoryKey, options.requireVerifiedCategories ?? false)
  const product_ = draft.payload.Request.Product
  const content = {
    PrimaryCategory: product_.PrimaryCategory,
    Images: product_.Images,
    Attributes: product_.Attributes,
    Skus: product_.Skus.Sku.map(({ price: _price, quantity: _quantity, ...rest }) => rest),
    unlist: draft.unlist,
  }
  return {
    payload: draft,
    problems: [...check.problems, ...validateLazadaDraft(draft, limits, claim.show)],
    warnings: [...warnings, ...check.warnings],
    skus: draft.skus.map((s) => ({ sku: s.sku, variantId: s.variantId, priceVnd: s.priceVnd, stock: s.stock })),
    content,
    unlist: claim.unlist,
  }
}

function decide(
  mapped: Mapped<unknown>,
  baseProblems: Problem[],
  previous: PreviousListing | undefined,
  claimReason: string | null,
): Pick<PlanEntryBase, "action" | "reason" | "problems" | "hashes" | "changed"> {
  const hashes =
    mapped.payload === null
      ? null
      : listingHashes(
          mapped.content,
          Object.fromEntries(mapped.skus.map((s) => [s.sku, s.priceVnd])),
          Object.fromEntries(mapped.skus.map((s) => [s.sku, s.stock])),
        )
  if (mapped.unlist) {
    // Withdrawing needs no valid content: only the listing's identity.
    if (previous?.listed) return { action: "unlist", reason: claimReason, problems: [], hashes, changed: null }
    return { action: "skip", reason: `không đăng / not listed: ${claimReason ?? "certificate not valid"}`, problems: [], hashes, changed: null }
  }
  const problems = [...baseProblems, ...mapped.problems]
  if (problems.length > 0) {
    return { action: "skip", reason: `từ chối / refused (${problems.length})`, problems, hashes, changed: null }
  }
  if (!previous || !hashes) return { action: "create", reason: null, problems: [], hashes, changed: null }
  const changed = {
    content: previous.hashes.content !== hashes.content || !previous.listed,
    price: previous.hashes.price !== hashes.price,
    stock: previous.hashes.stock !== hashes.stock,
  }
  if (!changed.content && !changed.price && !changed.stock) {
    return { action: "skip", reason: "không đổi / unchanged", problems: [], hashes, changed }
  }
  return { action: "update", reason: null, problems: [], hashes, changed }
}

export function buildPlan(products: ChannelProduct[], options: PlanOptions): PlanEntry[] {
  const platforms = options.platforms ?? ["shopee", "lazada"]
  const policy: ClaimPolicy = { ...DEFAULT_CLAIM_POLICY, ...options.claimPolicy }
  const entries: PlanEntry[] = []
  for (const product of products) {
    const base = sourceProblems(product, options.allowSample ?? false)
    const claim = decideClaim(product, policy)
    const common = { productId: product.productId, sku: product.variants.length > 0 ? parentSku(product) : product.handle, claim: claim.show ? ("shown" as const) : ("stripped" as const) }
    for (const platform of platforms) {
      const rule = priceRule(options.priceRules?.[platform])
      const previous = options.previous?.(platform, product.productId)
      if (platform === "shopee") {
        const mapped = mapForShopee(product, options, rule, policy)
        entries.push({ ...common, platform, payload: mapped.payload, skus: mapped.skus, warnings: mapped.warnings, ...decide(mapped, base, previous, claim.reason) })
      } else {
        const mapped = mapForLazada(product, options, rule, policy)
        entries.push({ ...common, platform, payload: mapped.payload, skus: mapped.skus, warnings: mapped.warnings, ...decide(mapped, base, previous, claim.reason) })
      }
    }
  }
  return entries
}

export type PlanSummary = Record<PlanAction, number> & { refused: number }

export function summarisePlan(plan: PlanEntry[]): PlanSummary {
  const summary: PlanSummary = { create: 0, update: 0, skip: 0, unlist: 0, refused: 0 }
  for (const entry of plan) {
    summary[entry.action] += 1
    if (entry.problems.length > 0) summary.refused += 1
  }
  return summary
}

/** One line per refused listing, for a terminal or a log: "shopee TVA-MDG: item_name: … ; image: …". */
export function refusalLines(plan: PlanEntry[]): string[] {
  return plan
    .filter((entry) => entry.problems.length > 0)
    .map((entry) => `${entry.platform} ${entry.sku}: ${entry.problems.map((p) => `${p.field}: ${p.message}`).join("; ")}`)
}
