import { asArray, asBoolean, asNumber, asRecord, asString, asStringList, isRecord } from "./parse"
import type {
  LazadaBrand,
  LazadaCategoryAttribute,
  LazadaCategoryNode,
  LazadaOrder,
  LazadaOrderItem,
  LazadaProduct,
  LazadaProductSku,
  LazadaSkuRef,
} from "./response-types"

/** Readers from Lazada's loosely typed JSON to the client's records. */

export function categoryNode(value: unknown): LazadaCategoryNode | null {
  if (!isRecord(value)) return null
  const categoryId = asNumber(value.category_id)
  if (categoryId === null) return null
  return {
    categoryId,
    name: asString(value.name) ?? "",
    leaf: asBoolean(value.leaf) ?? false,
    variation: asBoolean(value.var) ?? false,
    children: asArray(value.children).map(categoryNode).filter((node): node is LazadaCategoryNode => node !== null),
  }
}

export function categoryAttribute(value: unknown): LazadaCategoryAttribute | null {
  if (!isRecord(value)) return null
  const name = asString(value.name)
  if (!name) return null
  return {
    id: asNumber(value.id),
    name,
    label: asString(value.label) ?? name,
    inputType: asString(value.input_type) ?? "text",
    attributeType: asString(value.attribute_type) ?? "normal",
    isMandatory: flag(value.is_mandatory),
    isSaleProp: flag(value.is_sale_prop),
    isKeyProp: flag(asRecord(value.advanced).is_key_prop),
    options: asArray(value.options)
      .filter(isRecord)
      .map((option) => ({ id: asNumber(option.id), name: asString(option.name) ?? "", enName: asString(option.en_name) })),
  }
}

export function brand(value: unknown): LazadaBrand | null {
  if (!isRecord(value)) return null
  const brandId = asNumber(value.brand_id)
  const name = asString(value.name)
  if (brandId === null || name === null) return null
  return { brandId, name, nameEn: asString(value.name_en), globalIdentifier: asString(value.global_identifier) }
}

export function skuRef(value: unknown): LazadaSkuRef | null {
  if (!isRecord(value)) return null
  const sellerSku = asString(value.seller_sku) ?? asString(value.SellerSku)
  if (!sellerSku) return null
  return {
    sellerSku,
    skuId: asNumber(value.sku_id) ?? asNumber(value.SkuId),
    shopSku: asString(value.shop_sku) ?? asString(value.ShopSku),
  }
}

export function productSku(value: unknown): LazadaProductSku | null {
  const ref = skuRef(value)
  if (!ref || !isRecord(value)) return null
  return {
    ...ref,
    quantity: asNumber(value.quantity),
    price: asNumber(value.price),
    specialPrice: asNumber(value.special_price),
    status: asString(value.Status) ?? asString(value.status),
    images: asStringList(value.Images),
  }
}

export function product(value: unknown): LazadaProduct | null {
  if (!isRecord(value)) return null
  const itemId = asNumber(value.item_id)
  if (itemId === null) return null
  return {
    itemId,
    primaryCategory: asNumber(value.primary_category),
    status: asString(value.status),
    attributes: asRecord(value.attributes),
    images: asStringList(value.images),
    skus: asArray(value.skus).map(productSku).filter((sku): sku is LazadaProductSku => sku !== null),
    createdTime: asNumber(value.created_time),
    updatedTime: asNumber(value.updated_time),
  }
}

export function order(value: unknown): LazadaOrder | null {
  if (!isRecord(value)) return null
  const orderId = asString(value.order_id)
  if (!orderId) return null
  return {
    orderId,
    orderNumber: asString(value.order_number),
    createdAt: asString(value.created_at),
    updatedAt: asString(value.updated_at),
    statuses: asStringList(value.statuses),
    price: asNumber(value.price),
    itemsCount: asNumber(value.items_count),
    paymentMethod: asString(value.payment_method),
    shippingFee: asNumber(value.shipping_fee),
    voucher: asNumber(value.voucher),
  }
}

export function orderItem(value: unknown): LazadaOrderItem | null {
  if (!isRecord(value)) return null
  const orderItemId = asString(value.order_item_id)
  const orderId = asString(value.order_id)
  if (!orderItemId || !orderId) return null
  return {
    orderItemId,
    orderId,
    sellerSku: asString(value.sku),
    shopSku: asString(value.shop_sku),
    skuId: asString(value.sku_id),
    productId: asString(value.product_id),
    name: asString(value.name),
    status: asString(value.status),
    itemPrice: asNumber(value.item_price),
    paidPrice: asNumber(value.paid_price),
    currency: asString(value.currency),
    createdAt: asString(value.created_at),
    updatedAt: asString(value.updated_at),
  }
}

/** "1"/"0", 1/0 or true/false. */
function flag(value: unknown): boolean {
  const bool = asBoolean(value)
  if (bool !== null) return bool
  return asNumber(value) === 1
}

/**
 * ISO 8601 with the Vietnam offset, as Lazada's date filters expect
 * (e.g. 2018-02-10T16:00:00+07:00). Strings pass through unchanged.
 */
export function lazadaDate(value: Date | string): string {
  if (typeof value === "string") return value
  const shifted = new Date(value.getTime() + 7 * 3600_000)
  return `${shifted.toISOString().slice(0, 19)}+07:00`
}
