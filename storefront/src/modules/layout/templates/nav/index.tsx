import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import CartButton from "@/modules/cart/components/cart-button"
import LocaleSwitcher from "@/modules/layout/components/locale-switcher"
import SearchBox from "@/modules/search/components/search-box"

/**
 * The header, shared by every page: it reads no cookies or headers, so pages
 * stay cacheable; the cart count is the CartButton's own client request and
 * the search box's suggestions come from /api/search/suggest.
 * Focus rings are amber here: the default green would vanish on the dark bar.
 */
export default async function Nav({ locale }: { locale: Locale }) {
  const meta = await getTranslations({ locale, namespace: "meta" })
  const t = await getTranslations({ locale, namespace: "nav" })
  const cart = await getTranslations({ locale, namespace: "cart" })
  const search = await getTranslations({ locale, namespace: "search" })
  const navLink = "inline-flex min-h-11 items-center rounded-lg px-3 font-semibold hover:bg-white/10"
  return (
    <header className="bg-brand-800 text-white [&_*:focus-visible]:outline-amber-300!">
      <div className="mx-auto max-w-6xl px-4 py-2">
        <div className="flex items-center justify-between gap-2">
          <Link href="/" className="flex min-h-11 min-w-0 items-center text-lg font-bold leading-tight tracking-tight">
            {meta("siteName")}
          </Link>
          <div className="flex shrink-0 items-center gap-1">
            <LocaleSwitcher locale={locale} label={t("switchTo")} ariaLabel={`${t("language")}: ${t("switchTo")}`} />
            <CartButton href={`/${locale}/cart`} labelTemplate={cart.raw("linkLabel") as string} />
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2 pb-1 md:flex-nowrap">
          <nav aria-label={t("mainMenu")}>
            <ul className="-ml-3 flex flex-wrap">
              <li>
                <Link href="/products" className={navLink} data-testid="nav-products">
                  {t("products")}
                </Link>
              </li>
              <li>
                <Link href="/producers" className={navLink} data-testid="nav-producers">
                  {t("producers")}
                </Link>
              </li>
            </ul>
          </nav>
          <div className="w-full md:ml-auto md:w-80">
            <SearchBox
              locale={locale}
              action={`/${locale}/products`}
              id="nav-q"
              label={t("searchLabel")}
              placeholder={t("searchPlaceholder")}
              buttonLabel={t("searchButton")}
              words={{
                products: search("suggestProducts"),
                producers: search("suggestProducers"),
                searchFor: search.raw("searchFor") as string,
                stars: search.raw("stars") as string,
                count: search.raw("suggestCount") as string,
              }}
            />
          </div>
        </div>
      </div>
    </header>
  )
}
