import { asRecord } from "../../../lazada/parse"
import { flattenCategories } from "../fixtures"
import { ContractFailure, mandatory, type FailureDetail } from "../failure"
import { attributeProblems, detail, imageList, imageProblems, readProductPayload, saleProp, skuList, skuProblems } from "../product-payload"
import { ok, type Route, type RouteContext } from "../route"
import type { ContractProduct, ContractSku } from "../state"
import { num, text } from "../values"

function newSku(context: RouteContext, itemId: number, sku: Record<string, unknown>): ContractSku {
  const skuId = context.state.newSkuId()
  return {
    SkuId: skuId,
    SellerSku: text(sku.SellerSku) ?? "",
    ShopSku: `${itemId}_VNAMZ-${skuId}`,
    quantity: num(sku.quantity) ?? 0,
    price: num(sku.price) ?? 0,
    special_price: num(sku.special_price),
    package_weight: num(sku.package_weight) ?? 0,
    package_length: num(sku.package_length) ?? 0,
    package_width: num(sku.package_width) ?? 0,
    package_height: num(sku.package_height) ?? 0,
    Images: imageList(sku.Images, "Skus.Sku.Images") ?? [],
    saleProp: saleProp(sku.saleProp),
    Status: "active",
  }
}

function applySku(target: ContractSku, sku: Record<string, unknown>): void {
  if (sku.quantity !== undefined) target.quantity = num(sku.quantity) ?? target.quantity
  if (sku.price !== undefined) target.price = num(sku.price) ?? target.price
  if (sku.special_price !== undefined) target.special_price = num(sku.special_price)
  for (const field of ["package_weight", "package_length", "package_width", "package_height"] as const) {
    if (sku[field] !== undefined) target[field] = num(sku[field]) ?? target[field]
  }
  const images = imageList(sku.Images, "Skus.Sku.Images")
  if (images) target.Images = images
  if (sku.saleProp !== undefined) target.saleProp = saleProp(sku.saleProp)
}

function attributesOf(attributes: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(attributes)) {
    if (typeof value === "string" || typeof value === "number") out[key] = value
  }
  return out
}

/** Refusals the test planned for these SKUs (LazadaFaults.failSku). */
function plannedRefusals(context: RouteContext, skus: Array<Record<string, unknown>>): FailureDetail[] {
  const out: FailureDetail[] = []
  for (const sku of skus) {
    const sellerSku = text(sku.SellerSku)
    const fault = sellerSku ? context.faults.skuFault(context.path, sellerSku) : null
    if (sellerSku && fault) out.push(detail(fault.field, fault.message, sellerSku))
  }
  return out
}

const createProduct: Route = {
  path: "/product/create",
  host: "api",
  auth: "seller",
  write: true,
  handle(context) {
    const product = readProductPayload(context.params.payload)
    const images = imageList(product.Images, "Images")
    const skus = skuList(product)
    if (product.PrimaryCategory === undefined) throw mandatory("PrimaryCategory")
    if (images === null) throw mandatory("Images")
    if (skus === null || skus.length === 0) throw mandatory("Skus")
    const category = flattenCategories().find((node) => node.category_id === num(product.PrimaryCategory))
    if (!category) throw new ContractFailure("201", "E201: Invalid CategoryId")
    const attributes = asRecord(product.Attributes)

    const problems: FailureDetail[] = []
    if (!category.leaf) problems.push(detail("PrimaryCategory", "4134: Please select the last level category"))
    problems.push(...attributeProblems(attributes, true))
    if (images.length === 0) problems.push(detail("Images", "4108 CHK_BASIC_REQUIRED: at least one image is mandatory"))
    problems.push(...imageProblems(images, "Images"))
    const seen = new Set<string>()
    for (const sku of skus) {
      const sellerSku = text(sku.SellerSku)
      if (!sellerSku?.trim()) {
        problems.push(detail("SellerSku", "4108 CHK_BASIC_REQUIRED: SellerSku is mandatory"))
        continue
      }
      if (seen.has(sellerSku)) problems.push(detail("SellerSku", "4105 BIZ_CHECK_SELLER_SKU_DUPLICATE: SellerSku repeats", sellerSku))
      else if (context.state.findSku(sellerSku)) problems.push(detail("SellerSku", "4135 THD_IC_ERR_F_IC_INFRA_PRODUCT_036: Insert sku outer id relation failed, outerId already exists", sellerSku))
      seen.add(sellerSku)
      problems.push(...skuProblems(sku, true))
    }
    problems.push(...plannedRefusals(context, skus))
    if (problems.length > 0) throw new ContractFailure("500", "E500: Create product failed", "ISP", problems)

    const itemId = context.state.newItemId()
    const created: ContractProduct = {
      item_id: itemId,
      primary_category: category.category_id,
      attributes: attributesOf(attributes),
      images,
      skus: skus.map((sku) => newSku(context, itemId, sku)),
      status: context.settings.newProductStatus,
      created_time: context.now,
      updated_time: context.now,
    }
    context.state.products.set(itemId, created)
    return ok({
      item_id: itemId,
      sku_list: created.skus.map((sku) => ({ shop_sku: sku.ShopSku, seller_sku: sku.SellerSku, sku_id: sku.SkuId })),
      item_status: created.status,
    })
  },
}

const updateProduct: Route = {
  path: "/product/update",
  host: "api",
  auth: "seller",
  write: true,
  handle(context) {
    const product = readProductPayload(context.params.payload)
    const images = imageList(product.Images, "Images")
    const skus = skuList(product) ?? []
    const target = findTarget(context, product, skus)
    const problems: FailureDetail[] = []
    if (!target) throw new ContractFailure("501", "E501: Update product failed", "ISP", [detail("ItemId", "the product does not exist in this shop")])
    const attributes = asRecord(product.Attributes)
    problems.push(...attributeProblems(attributes, false))
    if (images) problems.push(...imageProblems(images, "Images"))
    const plans: Array<{ sku: Record<string, unknown>; existing: ContractSku | null }> = []
    for (const sku of skus) {
      const sellerSku = text(sku.SellerSku)
      const skuId = num(sku.SkuId)
      const existing = target.skus.find((candidate) => (skuId !== null && candidate.SkuId === skuId) || (sellerSku !== null && candidate.SellerSku === sellerSku)) ?? null
      if (!existing) {
        if (!sellerSku) {
          problems.push(detail("SkuId", `SKU ${skuId ?? "?"} is not part of item ${target.item_id}`))
          continue
        }
        if (context.state.findSku(sellerSku)) problems.push(detail("SellerSku", "4135 THD_IC_ERR_F_IC_INFRA_PRODUCT_036: Insert sku outer id relation failed, outerId already exists", sellerSku))
      }
      problems.push(...skuProblems(sku, existing === null))
      plans.push({ sku, existing })
    }
    problems.push(...plannedRefusals(context, skus))
    if (problems.length > 0) throw new ContractFailure("501", "E501: Update product failed", "ISP", problems)

    for (const [key, value] of Object.entries(attributesOf(attributes))) target.attributes[key] = value
    if (images) target.images = images
    for (const plan of plans) {
      if (plan.existing) applySku(plan.existing, plan.sku)
      else target.skus.push(newSku(context, target.item_id, plan.sku))
    }
    target.updated_time = context.now
    return ok({})
  },
}

/** The item an update names: ItemId, else the item holding its first SKU. */
function findTarget(context: RouteContext, product: Record<string, unknown>, skus: Array<Record<string, unknown>>): ContractProduct | null {
  const itemId = num(product.ItemId)
  if (itemId !== null) return context.state.products.get(itemId) ?? null
  for (const sku of skus) {
    const skuId = num(sku.SkuId)
    const sellerSku = text(sku.SellerSku)
    const found = (skuId !== null ? context.state.findSkuById(skuId) : null) ?? (sellerSku ? context.state.findSku(sellerSku) : null)
    if (found) return found.product
  }
  return null
}

export const productWriteRoutes: Route[] = [createProduct, updateProduct]
