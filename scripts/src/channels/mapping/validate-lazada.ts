import { imageFormatProblem } from "./image-format"
import { mentionsClaim } from "./certificate-policy"
import type { LazadaProductDraft } from "./lazada-product"
import type { LazadaLimits, Range } from "./limits"
import { problem, type Problem } from "./problems"
import { charLength } from "./words"

function outside(value: number, range: Range): boolean {
  return value < range.min || value > range.max
}

/** Everything Lazada would reject (or we must not send), found before any call. */
export function validateLazadaDraft(draft: LazadaProductDraft, limits: LazadaLimits, claimShown: boolean): Problem[] {
  const problems: Problem[] = []
  const attributes = draft.payload.Request.Product.Attributes
  const nameLength = charLength(attributes.name)
  if (outside(nameLength, limits.nameLength)) {
    problems.push(problem("name", `Tên dài ${nameLength} ký tự, cần ${limits.nameLength.min}–${limits.nameLength.max}`, `name is ${nameLength} characters, allowed ${limits.nameLength.min}–${limits.nameLength.max}`))
  }
  const descriptionLength = charLength(attributes.description)
  if (outside(descriptionLength, limits.descriptionLength)) {
    problems.push(
      problem(
        "description",
        `Mô tả dài ${descriptionLength} ký tự, cần ${limits.descriptionLength.min}–${limits.descriptionLength.max}`,
        `description is ${descriptionLength} characters, allowed ${limits.descriptionLength.min}–${limits.descriptionLength.max}`,
      ),
    )
  }
  const texts = [attributes.name, attributes.description, attributes.short_description ?? ""]
  if (!claimShown && texts.some((text) => typeof text === "string" && mentionsClaim(text))) {
    problems.push(problem("description", "Còn nhắc OCOP/số sao khi giấy chứng nhận không còn hiệu lực", "OCOP claim left in a listing without a valid certificate"))
  }
  if (outside(draft.imageUrls.length, limits.images)) {
    problems.push(problem("Images", `Cần ${limits.images.min}–${limits.images.max} ảnh, có ${draft.imageUrls.length}`, `needs ${limits.images.min}–${limits.images.max} images, has ${draft.imageUrls.length}`))
  }
  const format = imageFormatProblem("Images", draft.imageUrls)
  if (format) problems.push(format)

  if (draft.skus.length > 1 && draft.saleProp === null) {
    problems.push(
      problem(
        "saleProp",
        "Sản phẩm nhiều quy cách cần thuộc tính phân loại (sale_prop) trong bảng ngành hàng",
        "several SKUs need a sale attribute (sale_prop) in the category table",
      ),
    )
  }
  for (const sku of draft.skus) {
    const at = (field: string) => `Skus[${sku.sku}].${field}`
    if (charLength(sku.sku) > limits.sellerSkuMaxLength || !limits.sellerSkuPattern.test(sku.sku)) {
      problems.push(
        problem(
          at("SellerSku"),
          `SellerSku "${sku.sku}" chỉ được gồm chữ, số, . _ - và tối đa ${limits.sellerSkuMaxLength} ký tự`,
          `SellerSku must match ${limits.sellerSkuPattern.source} and be ≤ ${limits.sellerSkuMaxLength} characters`,
        ),
      )
    }
    if (!Number.isInteger(sku.priceVnd) || sku.priceVnd <= 0 || outside(sku.priceVnd, limits.priceVnd)) {
      problems.push(problem(at("price"), `Giá ${sku.priceVnd} ₫ phải là số nguyên trong ${limits.priceVnd.min}–${limits.priceVnd.max} ₫`, `price must be an integer in ${limits.priceVnd.min}–${limits.priceVnd.max} VND`))
    }
    if (!Number.isInteger(sku.stock) || outside(sku.stock, limits.stock)) {
      problems.push(problem(at("quantity"), `Tồn kho ${sku.stock} ngoài ${limits.stock.min}–${limits.stock.max}`, `quantity outside ${limits.stock.min}–${limits.stock.max}`))
    }
    if (sku.packageWeightKg === null) problems.push(problem(at("package_weight"), "Thiếu khối lượng đóng gói", "package_weight is required for shipping"))
    else if (outside(sku.packageWeightKg, limits.packageWeightKg)) {
      problems.push(problem(at("package_weight"), `Khối lượng ${sku.packageWeightKg} kg ngoài giới hạn`, `package_weight outside ${limits.packageWeightKg.min}–${limits.packageWeightKg.max} kg`))
    }
    if (sku.packageLengthCm === null || sku.packageWidthCm === null || sku.packageHeightCm === null) {
      problems.push(problem(at("package_size"), "Thiếu kích thước đóng gói (dài × rộng × cao)", "package_length/width/height are required for shipping"))
    }
  }
  return problems
}
