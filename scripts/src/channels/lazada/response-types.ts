/**
 * What the client returns: Lazada's answers normalised (numbers as numbers,
 * image lists as arrays, camelCase). Order records keep only what stock sync
 * needs; buyer names and addresses are deliberately not carried.
 */
export type LazadaCategoryNode = {
  categoryId: number
  name: string
  /** Only leaf categories can be a product's PrimaryCategory. */
  leaf: boolean
  /** `var`: the category supports variations. */
  variation: boolean
  children: LazadaCategoryNode[]
}

export type LazadaAttributeOption = { id: number | null; name: string; enName: string | null }

export type LazadaCategoryAttribute = {
  id: number | null
  name: string
  label: string
  /** text, richText, numeric, date, img, singleSelect, multiSelect, enumInput, multiEnumInput ... */
  inputType: string
  /** "normal" (product level) or "sku" (per SKU). */
  attributeType: string
  isMandatory: boolean
  isSaleProp: boolean
  isKeyProp: boolean
  options: LazadaAttributeOption[]
}

export type LazadaBrand = { brandId: number; name: string; nameEn: string | null; globalIdentifier: string | null }

export type LazadaBrandPage = { brands: LazadaBrand[]; startRow: number; pageSize: number; totalRecord: number | null }

export type LazadaMigratedImage = { sourceUrl: string; url: string; hashCode: string | null }
export type LazadaImageFailure = { sourceUrl: string; message: string }
export type LazadaImageMigration = { migrated: LazadaMigratedImage[]; failed: LazadaImageFailure[] }

export type LazadaSkuRef = { sellerSku: string; skuId: number | null; shopSku: string | null }

export type LazadaCreatedProduct = {
  itemId: number
  /** Active, InActive or "Pending QC" (reviewed within 24 h); null when not given. */
  itemStatus: string | null
  skus: LazadaSkuRef[]
  /** True when a retry found the product already created by an earlier attempt whose answer was lost. */
  recovered: boolean
}

export type LazadaProductSku = LazadaSkuRef & {
  quantity: number | null
  price: number | null
  specialPrice: number | null
  status: string | null
  images: string[]
}

export type LazadaProduct = {
  itemId: number
  primaryCategory: number | null
  status: string | null
  attributes: Record<string, unknown>
  images: string[]
  skus: LazadaProductSku[]
  createdTime: number | null
  updatedTime: number | null
}

export type LazadaProductPage = { totalProducts: number; products: LazadaProduct[] }

export type LazadaProductFilter = "all" | "live" | "inactive" | "deleted" | "pending" | "rejected" | "sold-out"

export type LazadaProductsQuery = {
  filter?: LazadaProductFilter
  /** ≤ 50. */
  limit?: number
  /** Deprecated by Lazada (max 10000); prefer date filters for long scans. */
  offset?: number
  /** Whole-word SellerSku matches, ≤ 100. */
  sellerSkus?: string[]
  createdAfter?: Date | string
  createdBefore?: Date | string
  updatedAfter?: Date | string
  updatedBefore?: Date | string
}

export type LazadaOrder = {
  orderId: string
  orderNumber: string | null
  createdAt: string | null
  updatedAt: string | null
  /** Lazada has no order status, only item statuses; this is their distinct set. */
  statuses: string[]
  /** Total before vouchers and shipping. */
  price: number | null
  itemsCount: number | null
  paymentMethod: string | null
  shippingFee: number | null
  voucher: number | null
}

export type LazadaOrderPage = { count: number; countTotal: number; orders: LazadaOrder[] }

export type LazadaOrderStatus =
  | "unpaid"
  | "pending"
  | "packed"
  | "canceled"
  | "ready_to_ship"
  | "delivered"
  | "returned"
  | "shipped"
  | "failed"
  | "topack"
  | "toship"
  | "shipping"
  | "lost"

export type LazadaOrdersQuery = {
  createdAfter?: Date | string
  createdBefore?: Date | string
  updateAfter?: Date | string
  updateBefore?: Date | string
  status?: LazadaOrderStatus | "all"
  /** Max 5000 per the GetOrders guide; then move created_after forward. */
  offset?: number
  /** ≤ 100. */
  limit?: number
  sortBy?: "created_at" | "updated_at"
  sortDirection?: "ASC" | "DESC"
}

/** One unit of one SKU: Lazada lists two identical units as two items. */
export type LazadaOrderItem = {
  orderItemId: string
  orderId: string
  sellerSku: string | null
  shopSku: string | null
  skuId: string | null
  productId: string | null
  name: string | null
  status: string | null
  itemPrice: number | null
  paidPrice: number | null
  currency: string | null
  createdAt: string | null
  updatedAt: string | null
}

export type LazadaPriceQuantityResult = {
  /** HTTP calls made (one per batch of ≤ 20 SKUs by default). */
  calls: number
  updated: string[]
  /** Per-SKU refusals from the `detail` arrays. */
  failures: Array<{ sellerSku: string | null; field: string | null; message: string }>
}
