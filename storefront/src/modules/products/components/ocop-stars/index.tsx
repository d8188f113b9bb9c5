import type { OcopBadge } from "@/lib/types"

/** The OCOP star mark; the backend only sends a badge for a valid certificate. */
export default function OcopStars({ badge, label }: { badge: OcopBadge; label: string }) {
  return (
    <span
      className="inline-flex flex-wrap items-center gap-x-1 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900"
      data-testid="ocop-stars"
    >
      <span aria-hidden="true">{"★".repeat(badge.stars)}</span>
      <span className="whitespace-nowrap">{label}</span>
    </span>
  )
}
