import { starsText } from "../lib/labels"

/** ★★★★ with the count for screen readers. */
export function Stars({ stars }: { stars: number }) {
  return (
    <span className="whitespace-nowrap text-ui-tag-orange-icon" aria-label={`${stars} sao`} title={`${stars} sao`}>
      {starsText(stars)}
    </span>
  )
}
