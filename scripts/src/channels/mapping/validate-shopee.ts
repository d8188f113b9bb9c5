import { imageFormatProblem } from "./image-format"
import { mentionsClaim } from "./certificate-policy"
import type { Range, ShopeeLimits } from "./limits"
import { problem, type Problem } from "./problems"
import type { ShopeeItemDraft } from "./shopee-item"
import { charLength } from "./words"

function outside(value: number, range: Range): boolean {
  return value < range.min || value > range.max
}

/** Everything Shopee would reject (or we must not send), found before any call. */
export function validateShopeeDraft(draft: ShopeeItemDraft, limits: ShopeeLimits, claimShown: boolean): Problem[] {
  const problems: Problem[] = []
  const body = draft.body
  const nameLength = charLength(body.item_name)
  if (outside(nameLength, limits.itemNameLength)) {
    problems.push(
      problem(
        "item_name",
        `Tên dài ${nameLength} ký tự, cần ${limits.itemNameLength.min}–${limits.itemNameLength.max}`,
        `item_name is ${nameLength} characters, allowed ${limits.itemNameLength.min}–${limits.itemNameLength.max}`,
      ),
    )
  }
  const descriptionLength = charLength(body.description)
  if (outside(descriptionLength, limits.descriptionLength)) {
    problems.push(
      problem(
        "description",
        `Mô tả dài ${descriptionLength} ký tự, cần ${limits.descriptionLength.min}–${limits.descriptionLength.max}`,
        `description is ${descriptionLength} characters, allowed ${limits.descriptionLength.min}–${limits.descriptionLength.max}`,
      ),
    )
  }
  if (!claimShown && (mentionsClaim(body.item_name) || mentionsClaim(body.description))) {
    problems.push(problem("description", "Còn nhắc OCOP/số sao khi giấy chứng nhận không còn hiệu lực", "OCOP claim left in a listing without a valid certificate"))
  }
  const sku = body.item_sku ?? ""
  if (sku === "" || charLength(sku) > limits.itemSkuMaxLength) {
    problems.push(problem("item_sku", `SKU cần 1–${limits.itemSkuMaxLength} ký tự`, `item_sku must be 1–${limits.itemSkuMaxLength} characters`))
  }
  for (const model of draft.models) {
    if (outside(model.priceVnd, limits.priceVnd) || !Number.isInteger(model.priceVnd)) {
      problems.push(
        problem(
          `price[${model.sku}]`,
          `Giá ${model.priceVnd} ₫ ngoài khoảng ${limits.priceVnd.min}–${limits.priceVnd.max} ₫`,
          `price ${model.priceVnd} is outside ${limits.priceVnd.min}–${limits.priceVnd.max} VND or not an integer`,
        ),
      )
    }
    if (model.stock > limits.stock.max || model.stock < 0 || !Number.isInteger(model.stock)) {
      problems.push(problem(`stock[${model.sku}]`, `Tồn kho ${model.stock} vượt giới hạn ${limits.stock.max}`, `stock ${model.stock} outside 0–${limits.stock.max}`))
    }
  }
  if (body.weight <= 0) {
    if (limits.weightMandatory) problems.push(problem("weight", "Thiếu khối lượng đóng gói (phải > 0)", "weight must be above 0 kg"))
  } else if (outside(body.weight, limits.weightKg)) {
    problems.push(problem("weight", `Khối lượng ${body.weight} kg ngoài ${limits.weightKg.min}–${limits.weightKg.max} kg`, `weight outside ${limits.weightKg.min}–${limits.weightKg.max} kg`))
  }
  if (outside(draft.imageUrls.length, limits.images)) {
    problems.push(
      problem("image", `Cần ${limits.images.min}–${limits.images.max} ảnh, có ${draft.imageUrls.length}`, `needs ${limits.images.min}–${limits.images.max} images, has ${draft.imageUrls.length}`),
    )
  }
  const format = imageFormatProblem("image", draft.imageUrls)
  if (format) problems.push(format)

  const dimension = body.dimension
  if (!dimension) {
    if (limits.dimensionMandatory) problems.push(problem("dimension", "Thiếu kích thước đóng gói (dài × rộng × cao)", "package dimensions are required"))
  } else {
    for (const [field, value] of Object.entries(dimension)) {
      if (!Number.isInteger(value) || value <= 0) problems.push(problem(`dimension.${field}`, "Kích thước phải là số nguyên cm > 0", "dimensions must be whole cm above 0"))
    }
  }
  if (draft.variationName !== null) {
    if (draft.models.length > limits.maxModels) {
      problems.push(problem("model", `Tối đa ${limits.maxModels} phân loại`, `at most ${limits.maxModels} models per item`))
    }
    if (outside(charLength(draft.variationName), limits.tierVariationNameLength)) {
      problems.push(problem("tier_variation.name", "Tên nhóm phân loại quá dài", "tier variation name outside its length limit"))
    }
    const options = new Set<string>()
    for (const model of draft.models) {
      if (outside(charLength(model.option), limits.tierVariationOptionLength)) {
        problems.push(problem(`tier_variation.option[${model.sku}]`, `Tên phân loại "${model.option}" không hợp lệ`, "tier variation option outside its length limit"))
      }
      const key = model.option.toLocaleLowerCase("vi")
      if (options.has(key)) problems.push(problem(`tier_variation.option[${model.sku}]`, `Tên phân loại "${model.option}" bị trùng`, "duplicate tier variation option"))
      options.add(key)
    }
  }
  return problems
}
