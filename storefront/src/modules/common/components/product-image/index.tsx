import { mediaUrl } from "@/lib/util/media-url"
import { optimisedSrcSet, optimisedUrl } from "@/lib/util/optimised-image"

export type ImageLoad = "lead" | "eager" | "lazy"

type Props = {
  src: string
  alt: string
  sizes: string
  /** The optimiser widths worth offering for this slot (each costs its URL twice in the page: HTML and RSC payload). */
  widths: readonly number[]
  /** "lead": the page's largest picture (eager, high priority, preloaded); "eager": first screen; "lazy": the rest. */
  load: ImageLoad
}

/** Widths from Next's default device and image sizes, per slot. */
export const IMAGE_WIDTHS = {
  /** A card: half a phone's width, a quarter of a desktop's; up to 3× screens. */
  card: [256, 384, 640],
  /** The product photo: a phone's full width, half a desktop's. */
  photo: [640, 828, 1200],
  /** The gallery's small pictures. */
  small: [256],
} as const

/**
 * A picture filling its positioned box, as plain server-rendered HTML: photos
 * get a srcset from Next's image optimiser (what next/image would render,
 * without shipping its script to every page); an uploaded SVG needs no
 * resizing and is served as it is.
 */
export default function ProductImage({ src, alt, sizes, widths, load }: Props) {
  const url = mediaUrl(src)
  const svg = url.split("?")[0]?.endsWith(".svg") ?? false
  // React preloads every eager image of the first render unless its priority
  // is low: only the lead picture should compete with the page's text.
  const priority = load === "lead" ? "high" : load === "eager" ? "low" : undefined
  return (
    <img
      src={svg ? url : optimisedUrl(url, Math.max(...widths))}
      srcSet={svg ? undefined : optimisedSrcSet(url, widths)}
      sizes={svg ? undefined : sizes}
      alt={alt}
      loading={load === "lazy" ? "lazy" : "eager"}
      fetchPriority={priority}
      decoding="async"
      className="absolute inset-0 h-full w-full object-cover"
    />
  )
}
