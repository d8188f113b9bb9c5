import { createElement, type ReactNode } from "react"
import type { HighlightSegment } from "../types"

/**
 * A title with the words that matched the search wrapped in <mark>, built
 * from the backend's segments as React nodes (never raw HTML, so a title can
 * hold any character). Falls back to the plain title when there is nothing
 * to highlight or the segments are not usable.
 */
export function highlightTitle(title: string, segments: readonly HighlightSegment[] | null | undefined, className = "hl"): ReactNode {
  if (!Array.isArray(segments) || !segments.some((segment) => segment?.match === true)) return title
  if (!segments.every((segment) => typeof segment?.text === "string")) return title
  return segments
    .filter((segment) => segment.text !== "")
    .map((segment, index) => (segment.match ? createElement("mark", { key: index, className }, segment.text) : segment.text))
}
