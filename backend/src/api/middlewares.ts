import { defineMiddlewares } from "@medusajs/framework/http"
import {
  AdminAttachCertificate,
  AdminCertificatesParams,
  AdminCertifyProduct,
  AdminCreateProducer,
  AdminFileRenewal,
  AdminInviteMember,
  AdminProducersParams,
  AdminRenewCertificate,
  AdminReportParams,
  AdminRevokeCertificate,
  AdminUpdateCertificate,
  AdminUpdateProducer,
} from "./admin/ocop/validators"
import { channelsMiddlewares } from "./admin/channels/middlewares"
import { StoreOcopProducerParams, StoreOcopProducersParams } from "./store/ocop/producers/validators"
import { StoreOcopProductParams, StoreOcopProductsParams } from "./store/ocop/products/validators"
import { StoreOcopSearchParams, StoreOcopSuggestParams } from "./store/ocop/search/validators"
import { verifyStripeSignature } from "./hooks/verify-stripe-signature"
import { validateBody, validateQuery } from "./utils/validation"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/hooks/payment/stripe_stripe",
      method: ["POST"],
      middlewares: [verifyStripeSignature(process.env.STRIPE_WEBHOOK_SECRET)],
    },
    { matcher: "/store/ocop/products", method: ["GET"], middlewares: [validateQuery(StoreOcopProductsParams)] },
    { matcher: "/store/ocop/products/:handle", method: ["GET"], middlewares: [validateQuery(StoreOcopProductParams)] },
    { matcher: "/store/ocop/search", method: ["GET"], middlewares: [validateQuery(StoreOcopSearchParams)] },
    { matcher: "/store/ocop/search/suggest", method: ["GET"], middlewares: [validateQuery(StoreOcopSuggestParams)] },
    { matcher: "/store/ocop/producers", method: ["GET"], middlewares: [validateQuery(StoreOcopProducersParams)] },
    { matcher: "/store/ocop/producers/:handle", method: ["GET"], middlewares: [validateQuery(StoreOcopProducerParams)] },

    { matcher: "/admin/ocop/producers", method: ["GET"], middlewares: [validateQuery(AdminProducersParams)] },
    { matcher: "/admin/ocop/producers", method: ["POST"], middlewares: [validateBody(AdminCreateProducer)] },
    { matcher: "/admin/ocop/producers/:id", method: ["POST"], middlewares: [validateBody(AdminUpdateProducer)] },
    { matcher: "/admin/ocop/producers/:id/invites", method: ["POST"], middlewares: [validateBody(AdminInviteMember)] },
    { matcher: "/admin/ocop/certificates", method: ["GET"], middlewares: [validateQuery(AdminCertificatesParams)] },
    { matcher: "/admin/ocop/certificates", method: ["POST"], middlewares: [validateBody(AdminCertifyProduct)] },
    { matcher: "/admin/ocop/certificates/:id", method: ["POST"], middlewares: [validateBody(AdminUpdateCertificate)] },
    { matcher: "/admin/ocop/certificates/:id/renew", method: ["POST"], middlewares: [validateBody(AdminRenewCertificate)] },
    { matcher: "/admin/ocop/certificates/:id/revoke", method: ["POST"], middlewares: [validateBody(AdminRevokeCertificate)] },
    {
      matcher: "/admin/ocop/certificates/:id/renewal-filing",
      method: ["POST"],
      middlewares: [validateBody(AdminFileRenewal)],
    },
    {
      matcher: "/admin/ocop/products/:id/certificates",
      method: ["POST"],
      middlewares: [validateBody(AdminAttachCertificate)],
    },
    { matcher: "/admin/ocop/report", method: ["GET"], middlewares: [validateQuery(AdminReportParams)] },
    ...channelsMiddlewares,
  ],
})
