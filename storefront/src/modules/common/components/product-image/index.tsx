import { mediaUrl } from "@/lib/util/media-url"

export type ImageLoad = "lead" | "eager" | "lazy"

type Props = {
  src: string
  alt: string
  sizes: string
  /** "lead": the page's largest picture (eager, high priority, preloaded); "eager": first screen; "lazy": the rest. */
  load: ImageLoad
}

/** Widths Next's image optimiser serves by default (its device and image sizes). */
const WIDTHS = [256, 384, 640, 750, 828, 1080, 1200]

function optimised(url: string, width: number): string {
  return `/_next/image?url=${encodeURIComponent(url)}&w=${width}&q=75`
}

/**
 * A picture filling its positioned box, as plain server-rendered HTML: photos
 * get a srcset from Next's image optimiser (what next/image would render,
 * without shipping its script to every page); the seed's generated SVG
 * pictures need no resizing and are served as they are.
 */
export default function ProductImage({ src, alt, sizes, load }: Props) {
  const url = mediaUrl(src)
  const svg = url.split("?")[0]?.endsWith(".svg") ?? false
  // React preloads every eager image of the first render unless its priority
  // is low: only the lead picture should compete with the page's text.
  const priority = load === "lead" ? "high" : load === "eager" ? "low" : undefined
  return (
    <img
      src={svg ? url : optimised(url, 1200)}
      srcSet={svg ? undefined : WIDTHS.map((width) => `${optimised(url, width)} ${width}w`).join(", ")}
      sizes={svg ? undefined : sizes}
      alt={alt}
      loading={load === "lazy" ? "lazy" : "eager"}
      fetchPriority={priority}
      decoding="async"
      className="absolute inset-0 h-full w-full object-cover"
    />
  )
}
