import Image from "next/image"

type Props = {
  src: string | null | undefined
  alt: string
  placeholder: string
  priority?: boolean
  sizes: string
}

/** A square product image; a labelled placeholder when the product has none yet. */
export default function Thumbnail({ src, alt, placeholder, priority = false, sizes }: Props) {
  return (
    <div className="thumb">
      {src ? (
        <Image
          src={src}
          alt={alt}
          fill
          sizes={sizes}
          // The first row is eager but not preloaded: on grid pages the largest
          // paint is text, and preloading pictures only delays it on slow links.
          // React preloads every eager <img> of the shell unless its fetch
          // priority is low, so "low" here means "no <link rel=preload>".
          loading={priority ? "eager" : "lazy"}
          fetchPriority={priority ? "low" : undefined}
          // Generated product pictures are small SVGs: serve them as they are.
          unoptimized={src.endsWith(".svg")}
          className="object-cover"
        />
      ) : (
        <span className="absolute inset-0 flex items-center justify-center p-4 text-center text-sm text-brand-700">
          {placeholder}
        </span>
      )}
    </div>
  )
}
