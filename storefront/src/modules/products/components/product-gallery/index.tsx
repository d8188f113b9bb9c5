import ProductImage, { IMAGE_WIDTHS } from "@/modules/common/components/product-image"

type Props = { title: string; images: string[]; placeholder: string; altFor: (index: number) => string }

/**
 * The product's pictures without a script: the first is the page's largest
 * paint (eager, high priority, sized to the column); the rest load lazily.
 */
export default function ProductGallery({ title, images, placeholder, altFor }: Props) {
  const [first, ...rest] = images
  return (
    <div data-testid="product-gallery">
      <div className="relative aspect-square w-full overflow-hidden rounded-2xl bg-brand-50">
        {first ? (
          <ProductImage src={first} alt={title} sizes="(max-width: 768px) 100vw, 50vw" widths={IMAGE_WIDTHS.photo} load="lead" />
        ) : (
          <span className="absolute inset-0 flex items-center justify-center p-4 text-center text-brand-700">{placeholder}</span>
        )}
      </div>
      {rest.length ? (
        <ul className="mt-3 grid grid-cols-3 gap-2 sm:grid-cols-4">
          {rest.map((src, index) => (
            <li key={src} className="relative aspect-square overflow-hidden rounded-xl bg-brand-50">
              <ProductImage src={src} alt={altFor(index + 2)} sizes="(max-width: 768px) 33vw, 12vw" widths={IMAGE_WIDTHS.small} load="lazy" />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
