import { ContractFailure, type FailureDetail } from "../failure"
import { detail, readProductPayload, skuList } from "../product-payload"
import { ok, type Route } from "../route"
import type { ContractSku } from "../state"
import { num, text } from "../values"

/** "The maximum number of products that can be updated is 50, but 20 is recommended." */
export const PRICE_QUANTITY_MAX_SKUS = 50

/**
 * /product/price_quantity/update: SKUs named by SellerSku or SkuId (with
 * ItemId), fields Price, SalePrice, Quantity (capitalised, unlike create).
 * More than 50 SKUs are refused outright (E204). A SKU that cannot be
 * updated is listed in `detail` under code 501 while the others are applied
 * ("check the detail field ... to understand the SKU where the error occurred").
 */
export const priceQuantityRoute: Route = {
  path: "/product/price_quantity/update",
  host: "api",
  auth: "seller",
  write: true,
  handle(context) {
    const skus = skuList(readProductPayload(context.params.payload))
    if (skus === null || skus.length === 0) throw new ContractFailure("30", "E030: Empty Request")
    if (skus.length > PRICE_QUANTITY_MAX_SKUS) throw new ContractFailure("204", "E204: Too many SKU in one request")
    const refused: FailureDetail[] = []
    const changes: Array<() => void> = []
    for (const sku of skus) {
      const sellerSku = text(sku.SellerSku)
      const skuId = num(sku.SkuId)
      const itemId = num(sku.ItemId)
      const label = sellerSku ?? String(skuId ?? "?")
      const found = (skuId !== null ? context.state.findSkuById(skuId) : null) ?? (sellerSku ? context.state.findSku(sellerSku) : null)
      if (!found || (itemId !== null && found.product.item_id !== itemId)) {
        refused.push(detail("SellerSku", "SELLER_SKU_NOT_FOUND: the SKU does not exist in this shop", label))
        continue
      }
      const fault = context.faults.skuFault(context.path, found.sku.SellerSku)
      if (fault) {
        refused.push(detail(fault.field, fault.message, found.sku.SellerSku))
        continue
      }
      const price = sku.Price === undefined ? undefined : num(sku.Price)
      const salePrice = sku.SalePrice === undefined ? undefined : num(sku.SalePrice)
      const quantity = sku.Quantity === undefined ? undefined : num(sku.Quantity)
      if (price === undefined && salePrice === undefined && quantity === undefined) {
        refused.push(detail("Quantity", "E005: Invalid Request Format: no Price, SalePrice or Quantity", found.sku.SellerSku))
        continue
      }
      if (price === null || (price !== undefined && price <= 0)) {
        refused.push(detail("Price", "4118 BIZ_CHECK_PRICE_IS_ZERO: price must be above 0", found.sku.SellerSku))
        continue
      }
      if (quantity === null || (quantity !== undefined && (!Number.isInteger(quantity) || quantity < 0))) {
        refused.push(detail("Quantity", "212 INV_NEGATIVE_SELLABLE: quantity cannot be negative", found.sku.SellerSku))
        continue
      }
      const target: ContractSku = found.sku
      const product = found.product
      changes.push(() => {
        if (price !== undefined) target.price = price
        if (salePrice !== undefined) target.special_price = salePrice
        if (quantity !== undefined) target.quantity = quantity
        product.updated_time = context.now
      })
    }
    for (const change of changes) change()
    if (refused.length > 0) throw new ContractFailure("501", "E501: Update product failed", "ISP", refused)
    return ok({})
  },
}
