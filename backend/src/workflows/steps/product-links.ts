import { Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"

/** Link definitions in the shape createRemoteLinkStep / dismissRemoteLinkStep expect. */
export const productCertificateLink = (productId: string, certificateId: string) => ({
  [Modules.PRODUCT]: { product_id: productId },
  [OCOP_MODULE]: { ocop_certificate_id: certificateId },
})

export const productProducerLink = (productId: string, producerId: string) => ({
  [Modules.PRODUCT]: { product_id: productId },
  [OCOP_MODULE]: { ocop_producer_id: producerId },
})
