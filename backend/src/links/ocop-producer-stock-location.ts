import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import OcopModule from "../modules/ocop"

/** Each producer keeps its stock at its own location. */
export default defineLink(OcopModule.linkable.ocopProducer, StockLocationModule.linkable.stockLocation)
