import { Link } from "@/i18n/link"

type Props = {
  label: string
  options: { value: string; label: string; href: string; current: boolean }[]
}

/** Sorting as links, so every order is a URL (no script, no form submit). */
export default function SortLinks({ label, options }: Props) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-x-2 gap-y-1" data-testid="sort-links">
      <span aria-hidden="true" className="text-sm font-semibold text-stone-700">
        {label}:
      </span>
      <ul className="flex flex-wrap gap-1">
        {options.map((option) => (
          <li key={option.value}>
            <Link
              href={option.href}
             
              rel="nofollow"
              aria-current={option.current ? "true" : undefined}
              className={`inline-flex min-h-11 items-center rounded-full px-3 text-sm ${
                option.current ? "bg-brand-700 font-semibold text-white" : "bg-white text-stone-800 ring-1 ring-stone-300 hover:bg-brand-50"
              }`}
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
