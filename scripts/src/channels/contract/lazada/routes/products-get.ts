import { ContractFailure } from "../failure"
import { ok, type Route } from "../route"
import type { ContractProduct } from "../state"
import { num, parseIsoDate } from "../values"

const FILTERS = new Set(["all", "live", "inactive", "deleted", "pending", "rejected", "sold-out"])

function matchesFilter(product: ContractProduct, filter: string): boolean {
  switch (filter) {
    case "all":
      return product.status !== "Deleted"
    case "live":
      return product.status === "Active"
    case "inactive":
      return product.status === "InActive"
    case "deleted":
      return product.status === "Deleted"
    case "pending":
      return product.status === "Pending QC"
    case "rejected":
      return product.status === "Rejected"
    case "sold-out":
      return product.status === "Active" && product.skus.every((sku) => sku.quantity === 0)
    default:
      return false
  }
}

/** Shape of one GetProducts entry (times as strings of Unix ms, as in the API page's sample). */
function present(product: ContractProduct): Record<string, unknown> {
  return {
    item_id: product.item_id,
    primary_category: product.primary_category,
    attributes: product.attributes,
    images: product.images,
    skus: product.skus.map((sku) => ({
      Status: sku.Status,
      quantity: sku.quantity,
      Images: sku.Images,
      SellerSku: sku.SellerSku,
      ShopSku: sku.ShopSku,
      package_width: sku.package_width.toFixed(2),
      package_height: sku.package_height.toFixed(2),
      package_length: sku.package_length.toFixed(2),
      package_weight: sku.package_weight.toFixed(2),
      special_price: sku.special_price ?? 0,
      price: sku.price,
      Available: sku.quantity,
      SkuId: sku.SkuId,
      saleProp: sku.saleProp,
    })),
    status: product.status,
    created_time: String(product.created_time),
    updated_time: String(product.updated_time),
  }
}

function dateParam(params: Record<string, string>, name: string): number | null {
  const raw = params[name]
  if (raw === undefined || raw === "") return null
  const parsed = parseIsoDate(raw)
  if (parsed === null) throw new ContractFailure("17", `E017: "${raw}" Invalid Date Format`)
  return parsed
}

/** GET /products/get: filter, limit ≤ 50, offset ≤ 10000, sku_seller_list ≤ 100, date filters. */
export const productsGetRoute: Route = {
  path: "/products/get",
  host: "api",
  auth: "seller",
  write: false,
  handle(context) {
    const { params } = context
    const filter = params.filter ?? "all"
    if (!FILTERS.has(filter)) throw new ContractFailure("36", "E036: Invalid status filter")
    const limit = params.limit === undefined ? 10 : num(params.limit)
    if (limit === null || !Number.isInteger(limit) || limit < 1 || limit > 50) throw new ContractFailure("19", `E019: "${params.limit}" Invalid Limit`)
    const offset = params.offset === undefined ? 0 : num(params.offset)
    if (offset === null || !Number.isInteger(offset) || offset < 0 || offset > 10_000) throw new ContractFailure("14", `E014: "${params.offset}" Invalid Offset`)
    let sellerSkus: Set<string> | null = null
    if (params.sku_seller_list !== undefined && params.sku_seller_list !== "") {
      let list: unknown
      try {
        list = JSON.parse(params.sku_seller_list)
      } catch {
        list = null
      }
      if (!Array.isArray(list) || list.length > 100 || !list.every((entry) => typeof entry === "string")) {
        throw new ContractFailure("70", "E070: You have corrupt data in your sku seller list.")
      }
      sellerSkus = new Set(list)
    }
    const createAfter = dateParam(params, "create_after")
    const createBefore = dateParam(params, "create_before")
    const updateAfter = dateParam(params, "update_after")
    const updateBefore = dateParam(params, "update_before")
    const matching = [...context.state.products.values()]
      .filter((product) => matchesFilter(product, filter))
      .filter((product) => sellerSkus === null || product.skus.some((sku) => sellerSkus?.has(sku.SellerSku)))
      .filter((product) => createAfter === null || product.created_time >= createAfter)
      .filter((product) => createBefore === null || product.created_time <= createBefore)
      .filter((product) => updateAfter === null || product.updated_time >= updateAfter)
      .filter((product) => updateBefore === null || product.updated_time <= updateBefore)
      .sort((a, b) => a.item_id - b.item_id)
    return ok({ total_products: matching.length, products: matching.slice(offset, offset + limit).map(present) })
  },
}
