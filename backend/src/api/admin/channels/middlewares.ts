import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import {
  AdminChannelAccountsParams,
  AdminChannelCatalogueParams,
  AdminChannelListingsParams,
  AdminChannelOrdersParams,
  AdminChannelRunsParams,
  AdminCreateChannelAccount,
  AdminImportChannelOrder,
  AdminPullChannelOrders,
  AdminPushChannelAccount,
  AdminRecordChannelRun,
  AdminUpdateChannelAccount,
  AdminUpsertChannelListings,
} from "./validators"

/**
 * Validation for /admin/channels/*. Authentication is Medusa's own for
 * /admin: an admin session, a bearer token, or a secret API key sent as
 * `Authorization: Basic base64(sk_…:)` (what the channel CLI uses).
 */
export const channelsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/channels/accounts", method: ["GET"], middlewares: [validateQuery(AdminChannelAccountsParams)] },
  { matcher: "/admin/channels/accounts", method: ["POST"], middlewares: [validateBody(AdminCreateChannelAccount)] },
  { matcher: "/admin/channels/accounts/:id", method: ["POST"], middlewares: [validateBody(AdminUpdateChannelAccount)] },
  {
    matcher: "/admin/channels/accounts/:id/listings",
    method: ["GET"],
    middlewares: [validateQuery(AdminChannelListingsParams)],
  },
  {
    matcher: "/admin/channels/accounts/:id/listings/batch",
    method: ["POST"],
    middlewares: [validateBody(AdminUpsertChannelListings)],
  },
  { matcher: "/admin/channels/accounts/:id/runs", method: ["GET"], middlewares: [validateQuery(AdminChannelRunsParams)] },
  { matcher: "/admin/channels/accounts/:id/runs", method: ["POST"], middlewares: [validateBody(AdminRecordChannelRun)] },
  { matcher: "/admin/channels/accounts/:id/push", method: ["POST"], middlewares: [validateBody(AdminPushChannelAccount)] },
  { matcher: "/admin/channels/accounts/:id/pull-orders", method: ["POST"], middlewares: [validateBody(AdminPullChannelOrders)] },
  { matcher: "/admin/channels/accounts/:id/orders", method: ["GET"], middlewares: [validateQuery(AdminChannelOrdersParams)] },
  { matcher: "/admin/channels/accounts/:id/orders", method: ["POST"], middlewares: [validateBody(AdminImportChannelOrder)] },
  { matcher: "/admin/channels/catalogue", method: ["GET"], middlewares: [validateQuery(AdminChannelCatalogueParams)] },
]
