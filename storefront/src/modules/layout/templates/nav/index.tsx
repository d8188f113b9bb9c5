import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import CartButton from "@/modules/cart/components/cart-button"
import LocaleSwitcher from "@/modules/layout/components/locale-switcher"

export default async function Nav({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "meta" })
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex min-h-11 items-center text-lg font-bold tracking-tight">
          {t("siteName")}
        </Link>
        <div className="flex items-center gap-2">
          <LocaleSwitcher />
          <CartButton />
        </div>
      </div>
    </header>
  )
}
