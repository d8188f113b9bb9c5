import Image from "next/image"
import { mediaUrl } from "@/lib/util/media-url"

export type ImageLoad = "lead" | "eager" | "lazy"

type Props = {
  src: string
  alt: string
  sizes: string
  /** "lead": the page's largest picture (eager, high priority, preloaded); "eager": first screen; "lazy": the rest. */
  load: ImageLoad
}

/**
 * A picture filling its positioned box. The seed's generated pictures are
 * SVG: they need no resizing, so a plain <img> serves them and the page ships
 * no image component script. Photos go through Next's optimiser.
 */
export default function ProductImage({ src, alt, sizes, load }: Props) {
  const url = mediaUrl(src)
  // React preloads every eager image of the first render unless its priority
  // is low: only the lead picture should compete with the page's text.
  const priority = load === "lead" ? "high" : load === "eager" ? "low" : undefined
  if (url.split("?")[0]?.endsWith(".svg")) {
    return (
      <img
        src={url}
        alt={alt}
        loading={load === "lazy" ? "lazy" : "eager"}
        fetchPriority={priority}
        decoding="async"
        className="absolute inset-0 h-full w-full object-cover"
      />
    )
  }
  return (
    <Image
      src={url}
      alt={alt}
      fill
      sizes={sizes}
      preload={load === "lead"}
      loading={load === "lazy" ? "lazy" : "eager"}
      fetchPriority={priority}
      className="object-cover"
    />
  )
}
