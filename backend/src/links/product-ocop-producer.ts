import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** Which producer makes a product (a producer makes many products). */
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  OcopModule.linkable.ocopProducer
)
