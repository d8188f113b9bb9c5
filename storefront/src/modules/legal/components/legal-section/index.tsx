import type { ReactNode } from "react"

/** A titled block of a policy page. */
export default function LegalSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      <div className="mt-2 space-y-2 leading-relaxed text-stone-800">{children}</div>
    </section>
  )
}
