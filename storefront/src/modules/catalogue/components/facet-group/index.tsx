import { Link } from "@/i18n/link"

export type FacetOption = {
  value: string
  label: string
  count: number
  selected: boolean
  /** Locale-less href of the catalogue with this value toggled. */
  href: string
  /** Combinations not worth indexing are still plain links, but marked nofollow. */
  nofollow: boolean
}

type Props = {
  id: string
  title: string
  options: FacetOption[]
  labels: { selected: string; count: (count: number) => string }
}

/**
 * One facet as a list of plain links (crawlable, no JavaScript needed).
 * Values without products are left out unless chosen, so every link leads somewhere.
 */
export default function FacetGroup({ id, title, options, labels }: Props) {
  const shown = options.filter((option) => option.selected || option.count > 0)
  if (!shown.length) return null
  return (
    <section aria-labelledby={id} className="border-t border-stone-200 py-3 first:border-t-0" data-testid={`facet-${id}`}>
      <h3 id={id} className="text-sm font-bold uppercase tracking-wide text-stone-700">
        {title}
      </h3>
      <ul className="mt-1">
        {shown.map((option) => (
          <li key={option.value}>
            <Link
              href={option.href}
             
              rel={option.nofollow ? "nofollow" : undefined}
              data-testid="facet-option"
              data-value={option.value}
              data-selected={option.selected ? "true" : "false"}
              className="facet"
            >
              <span
                aria-hidden="true"
                className={`facet-box ${
                  option.selected ? "border-brand-700 bg-brand-700 text-white" : "border-stone-500 bg-white"
                }`}
              >
                {option.selected ? "✓" : ""}
              </span>
              <span className={option.selected ? "min-w-0 flex-1 font-semibold" : "min-w-0 flex-1"}>{option.label}</span>
              <span aria-hidden="true" className="facet-count" data-testid="facet-count">
                {option.count}
              </span>
              <span className="sr-only">
                , {labels.count(option.count)}
                {option.selected ? `, ${labels.selected}` : ""}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
