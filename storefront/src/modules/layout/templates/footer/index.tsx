import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"

export default async function Footer({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "footer" })
  const meta = await getTranslations({ locale, namespace: "meta" })
  const link = "inline-flex min-h-11 items-center text-brand-800 underline-offset-2 hover:underline"
  return (
    <footer className="offscreen mt-12 border-t border-stone-200 bg-white">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm text-stone-700 sm:grid-cols-3">
        <div>
          <p className="font-semibold text-stone-900">{meta("siteName")}</p>
          <p className="mt-1">{t("about")}</p>
          <p className="mt-1">{t("rights")}</p>
        </div>
        <nav aria-labelledby="footer-shop">
          <h2 id="footer-shop" className="font-semibold text-stone-900">
            {t("shop")}
          </h2>
          <ul>
            <li>
              <Link href="/products" className={link}>
                {t("products")}
              </Link>
            </li>
            <li>
              <Link href="/producers" className={link}>
                {t("producers")}
              </Link>
            </li>
          </ul>
        </nav>
        <nav aria-labelledby="footer-help">
          <h2 id="footer-help" className="font-semibold text-stone-900">
            {t("help")}
          </h2>
          <ul>
            <li>
              <Link href="/legal/sellers" className={link} data-testid="footer-sellers">
                {t("sellers")}
              </Link>
            </li>
            <li>
              <Link href="/legal/shipping-returns" className={link} data-testid="footer-shipping">
                {t("shipping")}
              </Link>
            </li>
            <li>
              <Link href="/contact" className={link} data-testid="footer-contact">
                {t("contact")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      <div className="border-t border-stone-200">
        <div className="mx-auto max-w-6xl px-4 py-4 text-sm text-stone-700">
          <p data-testid="payment-methods">
            <strong className="text-stone-900">{t("paymentsLabel")}:</strong> {t("payments")}
          </p>
          <p className="mt-1 text-xs text-stone-600">{t("sampleData")}</p>
        </div>
      </div>
    </footer>
  )
}
