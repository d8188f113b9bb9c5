import type { OcopBadge } from "@/lib/types"

/** The OCOP star mark; the backend only sends a badge for a valid certificate. */
export default function OcopStars({ badge, label }: { badge: OcopBadge; label: string }) {
  return (
    <span
      className="stars"
      data-testid="ocop-stars"
    >
      <span aria-hidden="true">{"★".repeat(badge.stars)}</span>
      <span className="whitespace-nowrap">{label}</span>
    </span>
  )
}
