import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { EMPTY_STATE, catalogueHref } from "@/lib/catalogue/params"
import { groupLabel, PRODUCT_GROUP_CODES } from "@/lib/ocop-labels"

type Props = { locale: Locale; counts: Record<string, number>; countLabel: (count: number) => string }

/** The OCOP product groups that have products, each a link into the catalogue filtered by it. */
export default function GroupLinks({ locale, counts, countLabel }: Props) {
  const groups = PRODUCT_GROUP_CODES.filter((group) => (counts[group] ?? 0) > 0)
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="group-links">
      {groups.map((group) => (
        <li key={group}>
          <Link
            href={catalogueHref({ ...EMPTY_STATE, group: [group] })}
            className="flex h-full min-h-11 flex-col justify-between rounded-2xl bg-white p-4 ring-1 ring-stone-200 hover:ring-brand-600"
          >
            <span className="font-semibold text-stone-900">{groupLabel(group, locale)}</span>
            <span className="mt-1 text-sm text-stone-700">{countLabel(counts[group] ?? 0)}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
