import type { InputHTMLAttributes, ReactNode, Ref } from "react"

type Props = {
  /** Locale-prefixed target path, e.g. "/vi/products". */
  action: string
  id: string
  label: string
  placeholder: string
  buttonLabel: string
  defaultValue?: string | null
  /** Other URL state to keep (e.g. the catalogue's filters when searching within them). */
  hidden?: [string, string][]
  size?: "compact" | "large"
  /** Names the search landmark when several are on one page. */
  landmarkLabel?: string
  /** More input attributes and handlers (only from a client island: the header's search box). */
  input?: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }
  /** Rendered after the button, inside the form (the island's suggestion list). */
  children?: ReactNode
}

/**
 * A GET search form, plain HTML: the results page is a cached page, so a full
 * navigation costs less than shipping next/form's script to every page.
 * The query lands in `?q=` of the target.
 * The header's SearchBox island renders this same form and adds suggestions.
 */
export default function SearchForm({
  action,
  id,
  label,
  placeholder,
  buttonLabel,
  defaultValue,
  hidden = [],
  size = "large",
  landmarkLabel,
  input,
  children,
}: Props) {
  const compact = size === "compact"
  return (
    <form action={action} method="get" role="search" aria-label={landmarkLabel ?? label} className="relative flex w-full min-w-0 items-stretch">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      {hidden.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <input
        id={id}
        name="q"
        type="search"
        enterKeyHint="search"
        autoComplete="off"
        maxLength={200}
        defaultValue={defaultValue ?? undefined}
        placeholder={placeholder}
        className={`min-h-11 w-full min-w-0 flex-1 rounded-l-lg border border-r-0 px-3 text-stone-900 placeholder:text-stone-500 ${
          compact ? "border-white/60 bg-white text-sm" : "border-stone-400 bg-white text-base"
        }`}
        {...input}
      />
      <button
        type="submit"
        className={`inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center gap-1 rounded-r-lg px-3 font-semibold ${
          compact ? "bg-amber-300 text-stone-900 hover:bg-amber-200" : "bg-brand-700 text-white hover:bg-brand-800"
        }`}
      >
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.5">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <span className={compact ? "sr-only" : ""}>{buttonLabel}</span>
      </button>
      {children}
    </form>
  )
}
