import type { ReactNode } from "react"
import styles from "./filter-panel.module.css"

type Props = { summary: string; heading: string; children: ReactNode }

/** Collapsible filters on phones, a sidebar on larger screens; no JavaScript either way. */
export default function FilterPanel({ summary, heading, children }: Props) {
  return (
    <details className={`${styles.panel} rounded-2xl bg-white p-3 ring-1 ring-stone-200`} data-testid="filter-panel">
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between rounded-lg px-2 font-semibold">
        <span>{summary}</span>
        <span aria-hidden="true">▾</span>
      </summary>
      <h2 className="sr-only md:not-sr-only md:px-2 md:text-lg md:font-bold">{heading}</h2>
      <div className="mt-2 md:mt-0">{children}</div>
    </details>
  )
}
