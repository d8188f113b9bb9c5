import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { catalogueHref, withSearch, type CatalogueState } from "@/lib/catalogue/params"

type Props = { locale: Locale; state: CatalogueState; suggestion: string; className?: string }

/** "Có phải bạn muốn tìm: bánh khảo?": the backend's did-you-mean words, as a link keeping the filters. */
export default async function DidYouMean({ locale, state, suggestion, className = "" }: Props) {
  const t = await getTranslations({ locale, namespace: "search" })
  return (
    <p className={className} data-testid="did-you-mean">
      {t.rich("didYouMean", {
        suggestion,
        link: (chunks) => (
          <Link href={catalogueHref(withSearch(state, suggestion))} className="font-semibold text-brand-700 underline">
            {chunks}
          </Link>
        ),
      })}
    </p>
  )
}
