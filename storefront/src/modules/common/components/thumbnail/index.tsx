import ProductImage, { IMAGE_WIDTHS, type ImageLoad } from "@/modules/common/components/product-image"

type Props = {
  src: string | null | undefined
  alt: string
  placeholder: string
  load?: ImageLoad
  sizes: string
}

/** A square product image; a labelled placeholder when the product has none yet. */
export default function Thumbnail({ src, alt, placeholder, load = "lazy", sizes }: Props) {
  return (
    <div className="thumb">
      {src ? (
        <ProductImage src={src} alt={alt} sizes={sizes} widths={IMAGE_WIDTHS.card} load={load} />
      ) : (
        <span className="absolute inset-0 flex items-center justify-center p-4 text-center text-sm text-brand-700">
          {placeholder}
        </span>
      )}
    </div>
  )
}
