import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { vietnamDay } from "../../../../modules/ocop/domain/dates"
import { accountStockRules } from "../../../../workflows/steps/channel-stock-steps"
import { graphRows } from "../../../../workflows/steps/graph-rows"
import { retrieveChannelAccount } from "../../../../workflows/steps/resolve-channels"
import { validatedQuery } from "../../../utils/validation"
import { AdminChannelCatalogueParams } from "../validators"
import { CHANNEL_PRODUCT_FIELDS, presentChannelProduct, type ProductRow } from "../../../../lib/channels/channel-product"

/**
 * GET /admin/channels/catalogue — every published product as the channel CLI
 * lists it (ChannelProduct), a page at a time. With `account_id`, each
 * variant's stock is what that account is offered under its stock rules.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const params = validatedQuery(req, AdminChannelCatalogueParams)
  const account = params.account_id ? await retrieveChannelAccount(req.scope, params.account_id) : null
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: { status: ProductStatus; id?: string[] } = { status: ProductStatus.PUBLISHED }
  if (params.product_id) filters.id = params.product_id
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: CHANNEL_PRODUCT_FIELDS,
    filters,
    pagination: { skip: params.offset, take: params.limit, order: { created_at: "ASC", id: "ASC" } },
  })
  const options = {
    today: vietnamDay(),
    origin: `${req.protocol}://${req.get("host") ?? "localhost"}`,
    rules: account ? accountStockRules(account) : null,
  }
  res.json({
    products: graphRows<ProductRow>(data).map((product) => presentChannelProduct(product, options)),
    count: metadata?.count ?? 0,
    offset: params.offset,
    limit: params.limit,
    account: account
      ? {
          id: account.id,
          platform: account.platform,
          stock_reserve: account.stock_reserve,
          stock_zero_below: account.stock_zero_below,
          stock_percent: account.stock_percent,
          price_multiplier: Number(account.price_multiplier),
          price_offset: account.price_offset,
          on_invalid_certificate: account.on_invalid_certificate,
        }
      : null,
  })
}
