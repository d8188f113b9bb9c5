import { asRecord, isRecord } from "../../lazada/parse"
import { BRANDS } from "./fixtures"
import { ContractFailure, mandatory, type FailureDetail } from "./failure"
import { isLazadaImageUrl } from "./state"
import { num, text } from "./values"

/**
 * Reading and checking /product/create and /product/update payloads the way
 * the JSON-format guide describes: `payload` is a JSON string
 * `{"Request":{"Product":{...}}}`; `Images.Image` and `Skus.Sku` must be
 * arrays even with one element (code 1001 otherwise). Business checks become
 * `detail` entries under code 500/501.
 */
export function readProductPayload(raw: string | undefined): Record<string, unknown> {
  if (raw === undefined || raw === "") throw mandatory("payload")
  if (raw.trimStart().startsWith("<")) throw new ContractFailure("5", "E005: Invalid Request Format (the contract server accepts JSON payloads only)")
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    throw notJson("payload is not valid JSON")
  }
  const product = asRecord(asRecord(parsed).Request).Product
  if (!isRecord(product)) throw notJson("Request.Product is missing")
  return product
}

export function notJson(why: string): ContractFailure {
  return new ContractFailure("1001", `The parameters are not in JSON format: ${why}`)
}

/** `{Image: [...]}` → the URL list; null when the container is absent. */
export function imageList(container: unknown, path: string): string[] | null {
  if (container === undefined) return null
  if (!isRecord(container) || !Array.isArray(container.Image)) throw notJson(`${path}.Image must be an array`)
  return container.Image.map((url) => text(url) ?? "")
}

/** `Skus.Sku` as a list of records; null when Skus is absent. */
export function skuList(product: Record<string, unknown>): Array<Record<string, unknown>> | null {
  if (product.Skus === undefined) return null
  const skus = asRecord(product.Skus).Sku
  if (!Array.isArray(skus)) throw notJson("Skus.Sku must be an array")
  return skus.map((sku, index) => {
    if (!isRecord(sku)) throw notJson(`Skus.Sku[${index}] must be an object`)
    return sku
  })
}

export function imageProblems(urls: string[], field: string, sellerSku?: string): FailureDetail[] {
  const problems: FailureDetail[] = []
  if (urls.length > 8) problems.push(detail(field, "Images hold at most 8 pictures", sellerSku))
  for (const url of urls) {
    if (!isLazadaImageUrl(url)) problems.push(detail(field, `4138: The image exists in the outer link: ${url}`, sellerSku))
  }
  return problems
}

export function attributeProblems(attributes: Record<string, unknown>, creating: boolean): FailureDetail[] {
  const problems: FailureDetail[] = []
  const name = text(attributes.name)
  if (creating && !name?.trim()) problems.push(detail("name", "4108 CHK_BASIC_REQUIRED: name is mandatory"))
  if (name && name.length > 255) problems.push(detail("name", "name is longer than 255 characters"))
  const description = text(attributes.description)
  if (description && description.length > 25_000) problems.push(detail("description", "description is longer than 25000 characters"))
  if (attributes.brand_id !== undefined) {
    if (!BRANDS.some((brand) => brand.brand_id === num(attributes.brand_id))) problems.push(detail("brand_id", "4142: brand is invalid in this category"))
  } else if (creating && !text(attributes.brand)) {
    problems.push(detail("brand_id", "4108 CHK_BASIC_REQUIRED: brand_id is mandatory"))
  }
  return problems
}

const PACKAGE_FIELDS = ["package_weight", "package_length", "package_width", "package_height"] as const

/** Checks one SKU; `complete` requires every mandatory field (new SKUs). */
export function skuProblems(sku: Record<string, unknown>, complete: boolean): FailureDetail[] {
  const sellerSku = text(sku.SellerSku) ?? undefined
  const problems: FailureDetail[] = []
  if (complete || sku.price !== undefined) {
    const price = num(sku.price)
    if (sku.price === undefined) problems.push(detail("price", "4108 CHK_BASIC_REQUIRED: price is mandatory", sellerSku))
    else if (price === null || price <= 0) problems.push(detail("price", "4118 BIZ_CHECK_PRICE_IS_ZERO: price must be above 0", sellerSku))
    else if (!Number.isInteger(price)) problems.push(detail("price", "4104 BIZ_CHECK_PRICE_PRECISION_INVALID: VND prices have no decimals", sellerSku))
  }
  if (complete || sku.quantity !== undefined) {
    const quantity = num(sku.quantity)
    if (sku.quantity === undefined) problems.push(detail("quantity", "4108 CHK_BASIC_REQUIRED: quantity is mandatory", sellerSku))
    else if (quantity === null || !Number.isInteger(quantity) || quantity < 0) problems.push(detail("quantity", "quantity must be a whole number ≥ 0", sellerSku))
  }
  for (const field of PACKAGE_FIELDS) {
    if (!complete && sku[field] === undefined) continue
    const value = num(sku[field])
    if (value === null || value <= 0) problems.push(detail(field, `4108 CHK_BASIC_REQUIRED: ${field} is mandatory`, sellerSku))
    // Compared on the decimal text: 0.56 * 100 is 56.00000000000001 in binary floating point.
    else if (!/^\d+(\.\d{1,2})?$/.test(String(value))) problems.push(detail(field, `${field} allows at most 2 decimals`, sellerSku))
  }
  const images = imageList(sku.Images, "Skus.Sku.Images")
  if (images) problems.push(...imageProblems(images, "Images", sellerSku))
  if (sku.saleProp !== undefined && !isRecord(sku.saleProp)) throw notJson("saleProp must be an object")
  return problems
}

export function detail(field: string, message: string, sellerSku?: string): FailureDetail {
  return sellerSku === undefined ? { field, message } : { field, message, seller_sku: sellerSku }
}

export function saleProp(value: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, entry] of Object.entries(asRecord(value))) {
    const written = text(entry)
    if (written !== null) out[key] = written
  }
  return out
}
