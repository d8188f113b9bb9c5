import type account from "../messages/vi/account.json"
import type cart from "../messages/vi/cart.json"
import type checkout from "../messages/vi/checkout.json"
import type order from "../messages/vi/order.json"
import type catalogue from "../messages/vi/catalogue.json"
import type errors from "../messages/vi/errors.json"
import type footer from "../messages/vi/footer.json"
import type home from "../messages/vi/home.json"
import type legal from "../messages/vi/legal.json"
import type meta from "../messages/vi/meta.json"
import type nav from "../messages/vi/nav.json"
import type producer from "../messages/vi/producer.json"
import type product from "../messages/vi/product.json"
import type search from "../messages/vi/search.json"

declare module "next-intl" {
  interface AppConfig {
    Locale: "vi" | "en"
    Messages: {
      meta: typeof meta
      nav: typeof nav
      home: typeof home
      product: typeof product
      footer: typeof footer
      errors: typeof errors
      cart: typeof cart
      catalogue: typeof catalogue
      producer: typeof producer
      legal: typeof legal
      checkout: typeof checkout
      order: typeof order
      account: typeof account
      search: typeof search
    }
  }
}
