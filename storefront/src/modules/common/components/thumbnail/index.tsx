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
    <div className="relative aspect-square w-full overflow-hidden rounded-xl bg-brand-50">
      {src ? (
        <Image
          src={src}
          alt={alt}
          fill
          sizes={sizes}
          // Next 16: `priority` is deprecated; the first row is eager, high priority and preloaded.
          preload={priority}
          loading={priority ? "eager" : "lazy"}
          fetchPriority={priority ? "high" : "auto"}
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
