/** An address of Next's image optimiser for a same-origin picture, at one width. */
export function optimisedUrl(url: string, width: number): string {
  return `/_next/image?url=${encodeURIComponent(url)}&w=${width}&q=75`
}

/** A srcset offering the picture at each width, smallest first. */
export function optimisedSrcSet(url: string, widths: readonly number[]): string {
  return [...widths]
    .sort((a, b) => a - b)
    .map((width) => `${optimisedUrl(url, width)} ${width}w`)
    .join(", ")
}
