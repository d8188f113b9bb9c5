import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/**
 * A product and its OCOP certificates: the current one and the history
 * (renewed certificates stay linked, marked superseded).
 */
export default defineLink(ProductModule.linkable.product, {
  linkable: OcopModule.linkable.ocopCertificate,
  isList: true,
  deleteCascade: true,
})
